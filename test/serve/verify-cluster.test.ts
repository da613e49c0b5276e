// `kubetour serve` standing in for a real cluster: `verify --cluster` runs a lesson in a
// namespace of its own, with a real kubectl 1.30 as the learner's kubectl in a real shell,
// and every step that does not need the simulation passes. (serve runs in a child process:
// the real-cluster session waits for kubectl synchronously.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKubectl } from './real-kubectl.js';
import { startServeChild, type ServeChild } from './serve-child.js';
import { loadLessonFile } from '../../src/tutor/lessons/load.js';
import { verifyLessonOnCluster } from '../../src/tutor/real/verify-cluster.js';
import { diagnose } from '../../src/tutor/real/doctor.js';

const kubectl = findKubectl();

describe.skipIf(!kubectl)('verify --cluster against kubetour serve', () => {
  let serve: ServeChild;
  let env: Record<string, string>;

  beforeAll(async () => {
    serve = await startServeChild(kubectl!);
    env = serve.env;
  }, 60_000);

  afterAll(() => serve?.stop());

  it('passes every step of lesson 01 that does not need the simulation, and proves its wrong attempts there', { timeout: 600_000 }, async () => {
    for (const file of ['lessons/01-services.yaml']) {
      const { lesson } = loadLessonFile(file);
      const items = await verifyLessonOnCluster(lesson!, { context: 'kubetour', kubectl: 'kubectl', env, waitSeconds: 30 });
      expect(items.filter((i) => !i.ok)).toEqual([]);
      expect(items.filter((i) => !i.skipped).length).toBeGreaterThan(2);
      expect(items.filter((i) => /wrong/.test(i.test)).length).toBeGreaterThan(5);
    }
  });

  it('doctor finds nothing missing', () => {
    const findings = diagnose('kubetour', 'kubectl', env, false);
    expect(findings.filter((f) => f.ok !== true)).toEqual([]);
  });

  it('doctor says it in Korean too', () => {
    const findings = diagnose('kubetour', 'kubectl', env, false, 'ko');
    expect(findings.map((f) => f.what)).toContain('노드 4개 중 4개 준비됨');
    expect(findings.map((f) => f.what).join('\n')).not.toMatch(/ready|namespaces|address|controller/);
  });
});
