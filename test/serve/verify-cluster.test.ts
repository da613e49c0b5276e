// `kubetour serve` standing in for a real cluster: `verify --cluster` runs a lesson in a
// namespace of its own, with a real kubectl 1.30 as the learner's kubectl in a real shell,
// and every step that does not need the simulation passes. (serve runs in a child process:
// the real-cluster session waits for kubectl synchronously.)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKubectl } from './real-kubectl.js';
import { loadLessonFile } from '../../src/tutor/lessons/load.js';
import { verifyLessonOnCluster } from '../../src/tutor/real/verify-cluster.js';
import { diagnose } from '../../src/tutor/real/doctor.js';

const kubectl = findKubectl();

describe.skipIf(!kubectl)('verify --cluster against kubetour serve', () => {
  let serve: ChildProcess;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kubetour-vc-'));
    mkdirSync(join(dir, 'bin'));
    symlinkSync(kubectl!, join(dir, 'bin', 'kubectl'));
    const kubeconfig = join(dir, 'kubeconfig');
    env = { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, HOME: dir, KUBECONFIG: kubeconfig };
    serve = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--kubeconfig', kubeconfig], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      serve.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('export KUBECONFIG=')) resolve();
      });
      serve.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
  }, 60_000);

  afterAll(() => {
    serve?.kill('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes every step of lesson 01 that does not need the simulation', { timeout: 600_000 }, async () => {
    for (const file of ['lessons/01-services.yaml']) {
      const { lesson } = loadLessonFile(file);
      const items = await verifyLessonOnCluster(lesson!, { context: 'kubetour', kubectl: 'kubectl', env, waitSeconds: 30 });
      expect(items.filter((i) => !i.ok)).toEqual([]);
      expect(items.filter((i) => !i.skipped).length).toBeGreaterThan(2);
    }
  });

  it('doctor finds nothing missing', () => {
    const findings = diagnose('kubetour', 'kubectl', env, false);
    expect(findings.filter((f) => f.ok !== true)).toEqual([]);
  });
});
