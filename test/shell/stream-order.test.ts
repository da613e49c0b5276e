// kubectl writes its warnings before its output; a terminal shows them in that order, so
// the scripted shell and the TUI must too.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('stream order', () => {
  it('shows kubectl exec’s deprecation warning before the command’s output', async () => {
    const r = await runScript('P=$(kubectl get pods -o name | head -1 | cut -d/ -f2)\nkubectl exec $P hostname\n', { seed: 1 });
    const pod = r.session.cluster.store.list('Pod', 'default').find((p) => p.metadata?.labels?.app === 'kubia')!.metadata!.name!;
    expect(r.output).toContain(
      'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n' + `${pod}\n`,
    );
  });

  it('keeps rows before the error when some names are missing', async () => {
    const r = await runScript('kubectl get svc kubernetes nope\n', { seed: 1 });
    expect(r.output).toMatch(/^NAME +TYPE[^\n]*\nkubernetes [^\n]*\nError from server \(NotFound\): services "nope" not found\n$/);
  });

  it('carries the order on the record for the TUI', async () => {
    const r = await runScript('kubectl exec $(kubectl get pods -o name | head -1 | cut -d/ -f2) hostname\n', { seed: 1 });
    const rec = r.session.records.at(-1)!;
    // The line's output is not one command's alone ($(…) ran kubectl too), yet both match.
    expect(rec.result.chunks?.map((c) => c.fd)).toEqual([2, 1]);
  });
});

describe('curl -v', () => {
  it('shows the request lines before the body and the closing line after it, through kubectl exec too', async () => {
    const r = await runScript(
      'kubectl expose rc kubia --port=80 --target-port=8080\nkubectl exec $(kubectl get pods -o name | head -1 | cut -d/ -f2) -- curl -sv http://kubia\n',
      { seed: 1 },
    );
    const last = r.session.records.at(-1)!.result;
    expect(last.chunks?.map((c) => c.fd)).toEqual([2, 1, 2]);
    // The kubia image's curl 7.38 (Debian 8).
    expect(last.chunks?.[0].text).toMatch(/^\* Rebuilt URL to: http:\/\/kubia\/\n\* Hostname was NOT found in DNS cache\n\* {3}Trying 10\.[\d.]+\.\.\.\n/);
    expect(last.chunks?.[1].text).toMatch(/^You've hit kubia-\w{5}\n$/);
    expect(last.chunks?.[2].text).toBe('* Connection #0 to host kubia left intact\n');
  });
});

// A terminal shows each write when it happens; bash keeps no separate buffers per stream.
describe('write order across a whole line', () => {
  it('a list: echo a; echo b >&2; echo c', async () => {
    const r = await runScript('echo a; echo b >&2; echo c\n');
    expect(r.output).toBe('a\nb\nc\n');
  });

  it("a loop: each curl error under its own `==` line", async () => {
    const r = await runScript('P=$(kubectl get pods -o name | head -1 | cut -d/ -f2)\nfor ip in 10.0.0.1 10.0.0.2; do echo "== $ip"; kubectl exec $P -- curl -sS -m 1 http://$ip; done\n', { seed: 1 });
    const err = 'curl: (28) Connection timed out after 1000 milliseconds\ncommand terminated with exit code 28\n';
    expect(r.output).toBe(`== 10.0.0.1\n${err}== 10.0.0.2\n${err}`);
  });

  it('a pipe: kubectl exec POD env | grep SERVICE shows the deprecation warning first', async () => {
    const r = await runScript('P=$(kubectl get pods -o name | head -1 | cut -d/ -f2)\nkubectl exec $P env | grep KUBERNETES_SERVICE_HOST\n', { seed: 1 });
    expect(r.output).toBe(
      'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\nKUBERNETES_SERVICE_HOST=10.96.0.1\n',
    );
  });

  it('2>&1 | head: the request lines before the body, into the pipe and onto the terminal', async () => {
    const r = await runScript('kubectl expose rc kubia --port=80 --target-port=8080\nP=$(kubectl get pods -o name | head -1 | cut -d/ -f2)\nkubectl exec $P -- curl -s -v http://kubia 2>&1 | head -2\nkubectl exec $P -- curl -s -v http://kubia 2>&1\n', { seed: 1 });
    const lines = r.output.split('\n');
    expect(lines.slice(1, 3)).toEqual(['* Rebuilt URL to: http://kubia/', '* Hostname was NOT found in DNS cache']);
    const whole = r.session.records.at(-1)!.result.stdout;
    expect(whole.indexOf('> GET / HTTP/1.1')).toBeLessThan(whole.indexOf("You've hit"));
    expect(whole.indexOf("You've hit")).toBeLessThan(whole.indexOf('* Connection #0 to host kubia left intact'));
  });
});
