import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/cluster.json' with { type: 'json' };
import ko from '../../../locales/ko/cluster.json' with { type: 'json' };
import { loadLessonFile } from '../lessons/load.js';
import { lessonOnRealCluster } from './on-real-cluster.js';
import { simulationOnly } from './needs.js';
import { tutorMayRun } from './host-safe.js';
import { splitCommands } from '../../shell/grammar.js';

const lesson = (file: string) => loadLessonFile(`lessons/${file}`).lesson!;
const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));

describe('lessonOnRealCluster', () => {
  it('turns a step that needs the simulation into a message saying why, in both languages', () => {
    const l = lessonOnRealCluster(lesson('06-dns-discovery.yaml'));
    const step = l.steps.find((s) => s.id === 'enter-pod')!;
    expect(step.type).toBe('message');
    if (step.type !== 'message') return;
    expect(step.text.ko).toContain('실제 클러스터에서는 이 단계를 건너뜁니다.');
    expect(step.text.en).toContain('On a real cluster this step is skipped:');
    // `kubectl exec -it … bash` waits for a person: the tutor does not run it.
    expect(step.run).toBeUndefined();
  });

  it('keeps a runnable step with its real-cluster check and no simulation-only leaf', () => {
    const original = lesson('02-testing-from-inside.yaml');
    const l = lessonOnRealCluster(original);
    for (const step of l.steps) if (step.type === 'exercise') expect(simulationOnly(step.check)).toBeUndefined();
    const was = original.steps.find((s) => s.id === 'exec-curl');
    const now = l.steps.find((s) => s.id === 'exec-curl');
    expect(was?.type === 'exercise' && now?.type === 'exercise' && now.check).toEqual(was?.type === 'exercise' ? was.realCluster!.check : undefined);
  });

  it('never lets the tutor edit /etc/hosts or curl the network itself', () => {
    for (const file of ['10-loadbalancer.yaml', '12-ingress.yaml', '13-ingress-tls.yaml', '09-nodeport.yaml']) {
      const l = lessonOnRealCluster(lesson(file));
      const scripts = [...(l.start.commands ?? []), ...l.steps.flatMap((s) => (s.type === 'exercise' ? [s.solution, ...(s.wrong ?? []).map((w) => w.commands)] : s.type === 'message' && s.run ? [s.run] : []))];
      for (const line of scripts.flatMap((s) => splitCommands(s)).filter((x) => x.trim())) expect([file, line, tutorMayRun(line)]).toEqual([file, line, true]);
    }
    const tls = lessonOnRealCluster(lesson('13-ingress-tls.yaml'));
    const first = tls.steps[0];
    expect(first.type === 'message' && first.text.en).toContain('the tutor does not run the lesson\'s start line `echo "$(kubectl get ingress kubia');
  });

  it('has the same strings in Korean and English', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });
});
