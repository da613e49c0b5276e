import { it } from 'vitest';
import { runScript } from '../helpers/shell.js';
it('try', async () => {
  const r = await runScript('kubectl get pods\nkubectl get svc\nkubectl get nodes', { echo: true });
  console.log(r.output);
});
