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
