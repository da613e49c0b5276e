// Places on the real simulated cluster: `kubectl exec -it … bash` nests a container shell,
// `exit` returns, `ssh` reaches a node; what each place can run and see.
import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/shell.js';

const FIRST_POD = 'POD=$(kubectl get pods -l app=kubia -o name | head -1 | cut -d/ -f2)';

describe('container shells', () => {
  test('kubectl exec -it POD -- bash nests; exit returns to the laptop', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec -it $POD -- bash\nhostname\npwd\nexit\nhostname`, { tty: true });
    const pod = (await r.session.run('echo $POD')).stdout.trim();
    expect(pod).toMatch(/^kubia-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(r.stdout).toBe(`${pod}\n/\nexit\nlaptop\n`);
    expect(r.stderr).toBe('');
    expect(r.session.depth()).toBe(1);
  });

  test('atDepth runs at the laptop with the pod shell set aside, then the pod shell comes back', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec -it $POD -- bash\ncd /etc`, { tty: true });
    const podPrompt = r.session.prompt();
    const { value, closed } = await r.session.atDepth(1, async () => [r.session.prompt(), (await r.session.run('hostname')).stdout]);
    expect(value).toEqual(['$ ', 'laptop\n']);
    expect(closed).toEqual([]);
    expect(r.session.prompt()).toBe(podPrompt);
    // Commands that delete the pod close the shell that was set aside.
    const pod = r.session.place().name;
    const gone = await r.session.atDepth(1, async () => r.session.run(`kubectl delete pod ${pod} --grace-period=0 --force`));
    expect(gone.closed.map((p) => p.name)).toEqual([pod]);
    expect(r.session.depth()).toBe(1);
  });

  test('the prompt shows the pod and the working directory', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec -it $POD -- bash\ncd /etc\necho`, { tty: true });
    const pod = r.session.place().name;
    expect(r.session.prompt()).toBe(`root@${pod}:/etc# `);
  });

  test('the container environment has the service variables and its own resolv.conf', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec -it $POD -- bash\necho $KUBERNETES_SERVICE_HOST\ncat /etc/resolv.conf`, { tty: true });
    expect(r.stdout).toBe('10.96.0.1\nsearch default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  });

  test('a failing last command makes kubectl report the exit code', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec -it $POD -- bash\nls /nope\nexit\necho "status $?"`, { tty: true });
    expect(r.stderr).toMatch(/^ls: .*\/nope.*\ncommand terminated with exit code 2\n$/);
    expect(r.stdout).toBe('exit\nstatus 2\n');
  });

  test('what the image lacks is not found inside, and fails to start from outside', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec $POD -- nslookup kubia; echo "status $?"\nkubectl exec -it $POD -- bash\nnslookup kubia`, { tty: true });
    expect(r.stderr).toMatch(
      /^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "nslookup": executable file not found in \$PATH: unknown\nbash: nslookup: command not found\n$/,
    );
    expect(r.stdout).toBe('status 1\n');
  });

  test('touch /var/ready through exec is visible in the container shell', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec $POD -- touch /var/ready\nkubectl exec -it $POD -- bash\nls /var/ready`, { tty: true });
    expect(r.stdout).toBe('/var/ready\n');
  });
});

describe('shell flavours', () => {
  test('busybox sh has its own prompt and leaves silently', async () => {
    const r = await runScript('kubectl run bb --image=busybox --command -- sleep 3600\nsleep 10\nkubectl exec -it bb -- sh\ncd /etc\nexit', { echo: true, tty: true });
    expect(r.stdout).toMatch(/\$ kubectl exec -it bb -- sh\n\/ # cd \/etc\n\/etc # exit\n$/);
  });
});

describe('nodes', () => {
  test('ssh to a node, curl a ClusterIP from there, exit', async () => {
    const r = await runScript(
      `kubectl create -f kubia-svc.yaml\nIP=$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')\nssh worker1 curl -s http://$IP\nssh worker1\nhostname\nexit`,
      { echo: true },
    );
    expect(r.stdout).toMatch(/^\$ kubectl create -f kubia-svc.yaml\nservice\/kubia created\n/);
    expect(r.stdout).toMatch(/You've hit kubia-[a-z0-9]{5}\n\$ ssh worker1\nlearner@worker1:~\$ hostname\nworker1\nlearner@worker1:~\$ exit\nlogout\n$/);
    expect(r.stderr).toBe('Connection to worker1 closed.\n');
  });
});

describe('traces', () => {
  test('a request made by a command is recorded with that command', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl create -f kubia-svc.yaml\nkubectl exec $POD -- curl -s http://kubia`);
    const last = r.session.records[r.session.records.length - 1];
    expect(last.traces).toHaveLength(1);
    expect(last.traces[0]).toMatchObject({ tool: 'curl', outcome: 'ok', from: { kind: 'pod' } });
    expect(r.session.traces).toEqual(last.traces);
    expect(last.traces[0].time).toBe(last.startedAt);
  });
});
