// `kubetour --cluster` with `kubetour serve` standing in for a real cluster and the real
// kubectl 1.30 as the learner's kubectl: the learner is told what changes and asked once;
// lines run in a real shell; checks read the cluster through its API; each run works in a
// namespace of its own that is gone afterwards; steps that need the simulation say why
// they are skipped. Headless through `kubetour play --cluster`, and in a pseudo-terminal.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKubectl } from './real-kubectl.js';
import { startServeChild, type ServeChild } from './serve-child.js';
import { CLI, TmuxSession, hasTool, tempConfigHome } from '../e2e/pty.js';

const kubectl = findKubectl();

describe.skipIf(!kubectl)('kubetour --cluster against kubetour serve', () => {
  let serve: ServeChild;

  beforeAll(async () => {
    serve = await startServeChild(kubectl!);
  }, 60_000);

  afterAll(() => serve?.stop());

  const play = (args: string[], input: string): Promise<{ stdout: string; stderr: string; code: number }> =>
    new Promise((resolve) => {
      const child = execFile(process.execPath, [CLI, 'play', ...args], { env: { ...serve.env, LANG: 'C.UTF-8' }, encoding: 'utf8', timeout: 240_000 }, (err, stdout, stderr) => {
        resolve({ stdout, stderr, code: err ? Number((err as { code?: number }).code ?? 1) : 0 });
      });
      child.stdin!.end(input);
    });

  /** The learner namespaces on the cluster (kubetour-learner-…) that are not on their way out. */
  const learnerNamespaces = (): string[] =>
    execFileSync('kubectl', ['get', 'ns', '-o', 'jsonpath={range .items[*]}{.metadata.name} {.status.phase}{"\\n"}{end}'], { env: serve.env, encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.startsWith('kubetour-learner-') && !l.endsWith('Terminating'));

  it('asks once, runs the lines in a real shell, checks through the API, deletes the namespace', { timeout: 300_000 }, async () => {
    const r = await play(['--cluster', 'kubetour', '--lesson', '01-services', '--lang', 'en'], ['y', 'kubectl get pods --show-labels', '', 'kubectl expose rc kubia --type=LoadBalancer --name kubia-http', 'kubectl get svc kubia-http -o jsonpath={.spec.type}', 'echo $KUBECONFIG'].join('\n') + '\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('This is no longer a sandbox: every line you type runs in a real shell (bash) on this machine');
    expect(r.stdout).toContain('Run the lessons on "kubetour"? [y/N]');
    // The real kubectl's own output, read back through the API.
    expect(r.stdout).toMatch(/kubia-\w{5} +\d\/1 +\w+ +0 +\d+s +app=kubia/);
    expect(r.stdout).toContain('service/kubia-http exposed');
    expect(r.stdout).toContain('\nLoadBalancer');
    // A real shell with a kubeconfig of the learner's own.
    const kubeconfig = /^(\/\S+\/\.kubetour-kubeconfig)$/m.exec(r.stdout)?.[1];
    expect(kubeconfig).toBeDefined();
    // The check passed on the cluster's state: the tutor moved on to the next step.
    expect(r.stdout).toMatch(/✓|Well done|Correct/);
    const ns = /Deleting the namespace (kubetour-learner-[0-9a-f]{4}) on "kubetour"/.exec(r.stdout)?.[1];
    expect(ns).toBeDefined();
    expect(learnerNamespaces()).toEqual([]);
    expect(existsSync(kubeconfig!)).toBe(false);
  });

  it('a no changes nothing (Korean)', { timeout: 120_000 }, async () => {
    const r = await play(['--cluster', 'kubetour', '--lesson', '01-services', '--lang', 'ko'], 'n\nkubectl create namespace should-not-exist\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('더 이상 샌드박스가 아닙니다');
    expect(r.stdout).toContain('"kubetour"에서는 아무것도 실행하지 않았고 아무것도 바꾸지 않았습니다.');
    expect(learnerNamespaces()).toEqual([]);
    expect(execFileSync('kubectl', ['get', 'ns', 'should-not-exist', '--ignore-not-found'], { env: serve.env, encoding: 'utf8' })).toBe('');
  });

  it('a step that needs the simulation says why it is skipped, in Korean', { timeout: 300_000 }, async () => {
    const r = await play(['--cluster', 'kubetour', '--lesson', '06-dns-discovery', '--step', 'enter-pod', '--lang', 'ko'], 'y\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('실제 클러스터에서는 이 단계를 건너뜁니다.');
    expect(r.stdout).not.toMatch(/[a-z]+-[a-z]+-[a-z]+: |enter-pod/);
    expect(learnerNamespaces()).toEqual([]);
  });

  it.skipIf(!hasTool('tmux'))('in the app: the consent, a real kubectl line, the namespace gone on Ctrl-D', { timeout: 180_000 }, async () => {
    const cfg = tempConfigHome();
    const exports = Object.entries(serve.env).map(([k, v]) => `${k}='${v}'`).join(' ');
    const s = TmuxSession.start(`env ${exports} node ${CLI} --cluster kubetour --lang en --sandbox`, { width: 120, height: 40, env: { XDG_CONFIG_HOME: cfg.dir } });
    try {
      await s.waitFor((sc) => sc.includes('Run the lessons on "kubetour"? [y/N]'), 'the consent question', 60_000);
      s.type('y');
      s.keys('Enter');
      await s.waitFor((sc) => sc.includes('You are on the real cluster of context kubetour'), 'the tutor on the cluster', 60_000, true);
      s.type('kubectl get rc kubia');
      s.keys('Enter');
      await s.waitFor((sc) => /^kubia +3 +\d +\d +\d+s$/m.test(sc), 'the real kubectl output', 60_000, true);
      s.keys('C-d');
      const end = await s.waitFor((sc) => sc.includes('[exit 0]'), 'a clean exit', 60_000, true);
      expect(end).toMatch(/Deleting the namespace kubetour-learner-[0-9a-f]{4} on "kubetour"/);
      expect(learnerNamespaces()).toEqual([]);
    } finally {
      s.kill();
      cfg.dispose();
    }
  });
});
