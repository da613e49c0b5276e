import { describe, it, expect } from 'vitest';
import type { Pod, ContainerStatus } from 'kubernetes-types/core/v1.js';
import { podStatusCells } from './pod.js';

const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
const pod = (phase: string, cs: Partial<ContainerStatus>, extra: Partial<Pod> = {}): Pod => ({
  metadata: { name: 'p', ...extra.metadata },
  spec: { containers: [{ name: 'c', image: 'i' }], ...extra.spec },
  status: { phase, containerStatuses: [{ name: 'c', image: 'i', imageID: '', ready: false, restartCount: 0, ...cs }], ...extra.status },
});

describe('printPod STATUS / READY / RESTARTS', () => {
  it('Pending with a waiting container shows the waiting reason', () => {
    expect(podStatusCells(pod('Pending', { state: { waiting: { reason: 'ContainerCreating' } } }), NOW)).toEqual({ ready: '0/1', status: 'ContainerCreating', restarts: '0' });
  });
  it('CrashLoopBackOff with restarts and the last termination age', () => {
    const p = pod('Running', { restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-11-26T08:58:00Z' } } });
    expect(podStatusCells(p, NOW)).toEqual({ ready: '0/1', status: 'CrashLoopBackOff', restarts: '4 (2m ago)' });
  });
  it('a running but unready container keeps Running with READY 0/1', () => {
    expect(podStatusCells(pod('Running', { state: { running: {} }, ready: false }), NOW)).toEqual({ ready: '0/1', status: 'Running', restarts: '0' });
  });
  it('Terminating when deletionTimestamp is set', () => {
    const p = pod('Running', { state: { running: {} }, ready: true }, { metadata: { name: 'p', deletionTimestamp: '2026-11-26T08:59:50Z' } });
    expect(podStatusCells(p, NOW).status).toBe('Terminating');
  });
  it('Completed, and ExitCode:N when the terminated reason is empty', () => {
    expect(podStatusCells(pod('Succeeded', { state: { terminated: { exitCode: 0, reason: 'Completed' } } }), NOW).status).toBe('Completed');
    expect(podStatusCells(pod('Failed', { state: { terminated: { exitCode: 2 } } }), NOW).status).toBe('ExitCode:2');
  });
  it('init containers: Init:0/1 while the first one runs', () => {
    const p: Pod = {
      metadata: { name: 'p' },
      spec: { initContainers: [{ name: 'init' }], containers: [{ name: 'c' }] },
      status: { phase: 'Pending', initContainerStatuses: [{ name: 'init', image: 'i', imageID: '', ready: false, restartCount: 0, state: { running: {} } }], containerStatuses: [] },
    };
    expect(podStatusCells(p, NOW)).toEqual({ ready: '0/1', status: 'Init:0/1', restarts: '0' });
  });
});
