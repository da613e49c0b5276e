// kubectl run -it --rm (staging/src/k8s.io/kubectl/pkg/cmd/run/run.go): once the attached
// session ends, the client deletes the pod and prints `pod "NAME" deleted`.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('kubectl run -it --rm', () => {
  it('deletes the pod when the shell exits', async () => {
    const r = await runScript('kubectl run -it --rm test --image=busybox --restart=Never -- sh\nhostname\nexit\nkubectl get pod test', { tty: true });
    expect(r.stdout).toBe('test\npod "test" deleted\n');
    expect(r.stderr).toBe('If you don\'t see a command prompt, try pressing enter.\nError from server (NotFound): pods "test" not found\n');
  });

  it('a bash image says exit first', async () => {
    const r = await runScript('kubectl run -it --rm k --image=luksa/kubia --restart=Never -- bash\nexit\nkubectl get pods k', { tty: true });
    expect(r.stdout).toBe('exit\npod "k" deleted\n');
  });
});
