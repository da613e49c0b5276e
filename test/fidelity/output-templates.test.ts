// -o go-template-file / templatefile / jsonpath-file read the template from a file, as
// kubectl 1.30 does (checked against the real kubectl.1.30 through `kubetour serve`).
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('template files', () => {
  it('reads the template from the file', async () => {
    const r = await runScript("echo '{{.metadata.name}}' > t.tmpl\nkubectl get svc kubernetes -o go-template-file=t.tmpl\nkubectl get svc kubernetes -o templatefile=t.tmpl\nprintf '{.spec.clusterIP}' > j.txt\nkubectl get svc kubernetes -o jsonpath-file=j.txt");
    expect(r.stdout).toBe('kubernetes\nkubernetes\n10.96.0.1');
  });
  it('a missing file is kubectl\'s "error reading --template"', async () => {
    const r = await runScript('kubectl get svc kubernetes -o go-template-file=nope.tmpl');
    expect(r.stderr).toBe('error: error reading --template nope.tmpl, open nope.tmpl: no such file or directory\n');
    expect(r.exitCode).toBe(1);
  });
  it('an empty template is refused', async () => {
    for (const o of ['jsonpath=', 'jsonpath-as-json=', 'go-template=', 'template=']) {
      expect((await runScript(`kubectl get pods -o ${o}`)).stderr).toBe('error: template format specified but no template given\n');
    }
  });
});
