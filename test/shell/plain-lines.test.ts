// A line that is one plain command of ours runs without the interpreter and without the
// state trailer (session.ts runLine, Place.isInert/runDirect). Whatever the path, the learner
// must see the same bytes and the shell must keep the same state: checked here against the
// same session with both shortcuts switched off (container exec's argv too).
import { afterEach, describe, expect, test } from 'vitest';
import { Session } from '../../src/shell/session.js';
import { Place } from '../../src/shell/places/place.js';

const LINES = [
  'kubectl get svc', 'X=1', 'export Y=2', 'cd /tmp', 'kubectl get pods', 'echo $? $X $Y $PWD', 'kubectl get nope', 'echo $?',
  "kubectl get svc 'kubia'", 'kubectl   get "svc"  ', "kubectl get svc ''", "kubectl get svc 'open", 'alias k=kubectl', 'k get svc',
  'kubectl() { echo shadowed; }', 'kubectl get svc', 'unset -f kubectl', 'mkdir -p /usr/local/bin', 'cp /usr/bin/kubectl /usr/local/bin/kubectl',
  'chmod +x /usr/local/bin/kubectl', 'kubectl get svc', 'rm /usr/local/bin/kubectl', 'export PATH=/nowhere', 'kubectl get svc', 'echo $?',
  'export PATH=/usr/bin:/bin', 'curl -s http://kubia', 'hostname', 'whoami', 'date', 'env', 'true', 'false', 'echo $?',
  'kubectl exec kubia-doesnotexist -- curl -s http://kubia', 'kubectl expose rc kubia --port=80 --target-port=8080', 'curl -s http://kubia',
  // The resolver files are read again after a write (a plain curl keeps them between lines).
  'curl -s http://kubia-alias', 'echo "$(kubectl get svc kubia -o jsonpath=\'{.spec.clusterIP}\') kubia-alias" >> /etc/hosts', 'curl -s http://kubia-alias',
];

async function transcript(): Promise<string[]> {
  const s = Session.create({ seed: 1, scenario: 'kubia' });
  const pod = s.cluster.store.list('Pod', 'default')[0].metadata!.name!;
  const out: string[] = [];
  for (const line of [...LINES, `kubectl exec ${pod} -- curl -s http://kubia`, `kubectl exec ${pod} -- hostname`]) {
    const r = await s.run(line);
    out.push(JSON.stringify({ line, stdout: r.stdout, stderr: r.stderr, code: r.exitCode, prompt: s.prompt(), env: (await s.run('env')).stdout, vars: (await s.run('set')).stdout }));
  }
  return out;
}

describe('plain command lines', () => {
  const { isInert, runArgv } = Place.prototype;
  afterEach(() => {
    Place.prototype.isInert = isInert;
    Place.prototype.runArgv = runArgv;
  });

  test('run as they would through the interpreter with the trailer', async () => {
    const fast = await transcript();
    Place.prototype.isInert = () => false;
    Place.prototype.runArgv = async () => undefined;
    const slow = await transcript();
    expect(fast).toEqual(slow);
  });

  test('a readonly variable stays readable on later lines', async () => {
    const s = Session.create({ seed: 1 });
    await s.run('readonly R=1');
    expect((await s.run('R=2')).stderr).toBe('bash: R: readonly variable\n');
    expect((await s.run('echo $R')).stdout).toBe('1\n');
    expect((await s.run('kubectl get svc kubernetes -o name')).stdout).toBe('service/kubernetes\n');
  });
});
