// `kubetour serve` in a child process standing in for a real cluster, with the real kubectl
// 1.30 as `kubectl` on a PATH of its own: what the real-cluster tests drive. The child runs
// apart because real-cluster sessions wait for kubectl synchronously.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServeChild {
  dir: string;
  /** PATH (with kubectl), HOME and KUBECONFIG of a learner whose context `kubetour` is serve. */
  env: Record<string, string>;
  stop(): void;
}

export async function startServeChild(kubectl: string): Promise<ServeChild> {
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-serve-'));
  mkdirSync(join(dir, 'bin'));
  symlinkSync(kubectl, join(dir, 'bin', 'kubectl'));
  const kubeconfig = join(dir, 'kubeconfig');
  const env = { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, HOME: dir, KUBECONFIG: kubeconfig, KUBECACHEDIR: join(dir, 'cache') };
  const serve: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--kubeconfig', kubeconfig], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    serve.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('export KUBECONFIG=')) resolve();
    });
    serve.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  return {
    dir,
    env,
    stop: () => {
      serve.kill('SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
