// The plain shell ships as dist/shell.cjs with a V8 code cache (scripts/build.mjs,
// src/code-cache.ts). It is the same source bundled another way: what it prints, byte for
// byte, must be what the modules print in-process. Skipped when nothing was built.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runShellCli } from '../../src/shell/cli-shell.js';

const CLI = 'dist/kubetour.js';
const built = existsSync(CLI) && existsSync('dist/shell.cjs');

async function inProcess(argv: string[]): Promise<{ stdout: string; stderr: string; status: number }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const status = await runShellCli(argv, { stdin: Readable.from([]), stdout, stderr, env: {} });
  return { stdout: out, stderr: err, status };
}

const SCRIPTS: [string, string[]][] = [
  ['kubectl reads', ['-c', 'kubectl get svc\nkubectl get pods -o wide\nkubectl describe rc kubia']],
  // The default session restores the starting cluster the build saved (dist/clusters/); the
  // modules run from source build it.
  ['the saved starting cluster: objects, events, files, timers', ['-c', 'kubectl get all,events,ep,endpointslices,leases,sa -A -o yaml\nkubectl describe pods -A\nkubectl exec $(kubectl get pods -o name | head -1 | cut -d/ -f2) -- env\nkubectl scale rc kubia --replicas=4\nsleep 3700\nkubectl get events -A\nkubectl get pods -o wide']],
  ['a service, curl from a pod, a pipe', ['--seed', '7', '-c', 'kubectl expose rc kubia --port=80 --target-port=8080\nkubectl get ep kubia\nkubectl exec $(kubectl get pods -o name | head -1 | cut -d/ -f2) -- curl -s http://kubia\nkubectl get svc | grep kubia | wc -l']],
  ['on-demand parts: openssl, explain, errors', ['--seed', '3', '-c', 'openssl genrsa -out k 2048 2>/dev/null; ls\nkubectl explain svc.spec.sessionAffinity\nkubectl explain deploy.spec.replicas\nkubectl get nope\nexit 3']],
  // Files of their own beside the bundle (scripts/build.mjs): @peculiar/x509, the OpenAPI documents.
  ['on-demand files: certificates, every OpenAPI document', ['-c', 'openssl req -new -x509 -newkey rsa:2048 -nodes -keyout k -out c -days 3 -subj /CN=kubia.example.com 2>/dev/null; openssl x509 -in c -noout -subject\nkubectl explain ing.spec.rules\nkubectl explain endpointslice.endpoints\nkubectl explain pod.spec.containers.ports']],
  // Built-in modules loaded on first use (scripts/startup-rewrites.mjs): zlib, crypto.
  ['lazily loaded built-ins: gzip, checksums, keys', ['-c', 'echo hi | gzip | gunzip\necho hi | sha256sum; echo hi | md5sum\nkubectl create secret generic s --from-literal=a=b && kubectl get secret s -o jsonpath={.data.a}']],
  // just-bash parts left out of the bundle (scripts/startup-rewrites.mjs) are never reached.
  ['withheld parts of just-bash: html-to-markdown, curl', ['-c', 'echo "<p>x</p>" | html-to-markdown; echo $?\ncurl -s http://example.com; echo $?']],
  // just-bash's arithmetic as bash's, 64-bit (src/shell/just-bash-edits/), in the bundle too.
  ['64-bit arithmetic and its errors', ['-c', 'echo $((2**64)) $((2**63-1)) $((65535**65535)) $((1<<31)); echo $((1/0))']],
  ['runtimes that are not installed (tar --zstd, --xz)', ['-c', 'echo a > f; tar --zstd -cf f.tar.zst f; echo $?; tar -cJf f.tar.xz f; echo $?']],
];

describe.skipIf(!built)('dist/shell.cjs', () => {
  test('ships the starting cluster of the default session', () => {
    expect(existsSync('dist/clusters/kubia-1.json')).toBe(true);
  });

  test.each(SCRIPTS)('%s: the same bytes and status as the modules', async (_name, argv) => {
    const cfg = mkdtempSync(join(tmpdir(), 'kubetour-bundle-'));
    try {
      const r = spawnSync(process.execPath, [CLI, 'shell', ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH, XDG_CONFIG_HOME: cfg } });
      const want = await inProcess(argv);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(want);
    } finally {
      rmSync(cfg, { recursive: true, force: true });
    }
  });
});
