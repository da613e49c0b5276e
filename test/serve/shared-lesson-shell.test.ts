// `kubetour shell --serve --lesson ID --step N`: the shell starts where a lesson's step
// begins (its start state, the earlier solutions applied) and the same cluster answers a
// real kubectl 1.30 — the second client a learner keeps beside the lesson. A scripted shell
// serves while its script is still coming on stdin.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKubectl } from './real-kubectl.js';

const kubectl = findKubectl();

describe.skipIf(!kubectl)('kubetour shell --serve --lesson', () => {
  it('serves the lesson step\'s cluster: real kubectl sees the Service the earlier steps made', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubetour-shared-'));
    const kubeconfig = join(dir, 'kubeconfig');
    const shell = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'shell', '--serve', '--kubeconfig', kubeconfig, '--lesson', '04-multi-port-named-ports', '--step', '3'], {
      env: { ...process.env, HOME: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let err = '';
        shell.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          if (err.includes('export KUBECONFIG=')) resolve();
        });
        shell.on('exit', (code) => reject(new Error(`shell exited ${code}: ${err}`)));
      });
      const real = await new Promise<string>((resolve) =>
        execFile(kubectl!, ['--kubeconfig', kubeconfig, 'get', 'svc', 'kubia', '-o', 'jsonpath={.spec.ports[*].port}'], { encoding: 'utf8' }, (_e, stdout, stderr) => resolve(stdout + stderr)),
      );
      let out = '';
      shell.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => shell.on('exit', resolve));
      shell.stdin!.end("kubectl get svc kubia -o jsonpath='{.spec.ports[*].port}'\n");
      expect(await exited).toBe(0);
      expect(real).toBe('80 443');
      expect(out).toBe('80 443');
    } finally {
      shell.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
