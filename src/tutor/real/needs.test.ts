import { describe, expect, it } from 'vitest';
import { realClusterPlan, simulationOnly } from './needs.js';
import type { ExerciseStep } from '../schema.js';

const step = (extra: Partial<ExerciseStep>): ExerciseStep =>
  ({ id: 's', type: 'exercise', task: { ko: '', en: '' }, hints: [], solution: 'true', check: { id: 'svc', object: { kind: 'Service', name: 'kubia' } }, ...extra }) as ExerciseStep;

describe('which steps run on a real cluster', () => {
  it('runs a step whose check reads objects', () => {
    expect(realClusterPlan(step({}))).toMatchObject({ runs: true });
  });

  it('finds the simulation-only leaves in a check', () => {
    expect(simulationOnly({ all: [{ id: 'a', object: { kind: 'Pod', name: 'x' } }, { id: 'b', request: { tool: 'curl' } }] })).toMatchObject({ id: 'b' });
    expect(simulationOnly({ id: 'f', file: { place: 'laptop', path: '/home/learner/tls.key' } })).toBeUndefined();
    expect(simulationOnly({ id: 'f', file: { place: 'laptop', path: '/etc/hosts' } })).toMatchObject({ id: 'f' });
  });

  it('uses the real-cluster check, or says why it skips', () => {
    const traced = step({ check: { id: 'r', request: { tool: 'curl', outcome: 'ok' } } });
    expect(realClusterPlan(traced).runs).toBe(false);
    expect(realClusterPlan(traced).why?.en).toMatch(/request traces/);
    const fallback = step({ check: traced.check, realCluster: { check: { id: 'out', lastCommand: { stdoutContains: "You've hit" } } } });
    expect(realClusterPlan(fallback)).toMatchObject({ runs: true, check: { id: 'out' } });
    const marked = step({ needs: 'simulation', realCluster: { why: { ko: '노드', en: 'a node' } } });
    expect(realClusterPlan(marked)).toEqual({ runs: false, why: { ko: '노드', en: 'a node' } });
  });
});
