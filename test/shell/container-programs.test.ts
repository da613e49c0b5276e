// The programs container images ship besides the shell utilities: ps, kill, test/[, node,
// npm, yarn, nginx, busybox's ash, nc and telnet — run with `kubectl exec` (no shell around
// them) and from an interactive shell in the pod.
import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/shell.js';

const FIRST_POD = 'POD=$(kubectl get pods -l app=kubia -o name | head -1 | cut -d/ -f2)';
const BUSYBOX = 'kubectl run bb --image=busybox --restart=Never --command -- sleep infinity\nsleep 5';

describe('ps', () => {
  test('procps ps aux in a kubia container: node app.js is PID 1, started with the container', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec $POD -- ps aux`);
    expect(r.stderr).toBe('');
    // The scenario's pods started at 08:55 on the virtual clock; the exec runs at 09:00.
    expect(r.stdout).toBe(
      'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n' +
        'root         1  0.0  0.8 676380 16504 ?        Ssl  08:55   0:00 node app.js\n' +
        'root         7  0.0  0.1  17500  2064 ?        Rs   09:00   0:00 ps aux\n',
    );
  });

  test('ps -ef and plain ps; each exec is a new process with the next PID', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec $POD -- ps -ef\nkubectl exec $POD -- ps`);
    expect(r.stdout).toBe(
      'UID        PID  PPID  C STIME TTY          TIME CMD\n' +
        'root         1     0  0 08:55 ?        00:00:00 node app.js\n' +
        'root         7     0  0 09:00 ?        00:00:00 ps -ef\n' +
        '  PID TTY          TIME CMD\n' +
        '    1 ?        00:00:00 node\n' +
        '   13 ?        00:00:00 ps\n',
    );
  });

  test('inside an interactive bash the shell is listed on the terminal', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec -it $POD -- bash\nps aux\nps`, { tty: true });
    expect(r.stdout).toBe(
      'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n' +
        'root         1  0.0  0.8 676380 16504 ?        Ssl  08:55   0:00 node app.js\n' +
        'root         7  0.0  0.2  20244  3216 pts/0    Ss   09:00   0:00 bash\n' +
        'root        13  0.0  0.1  17500  2064 pts/0    R+   09:00   0:00 ps aux\n' +
        '  PID TTY          TIME CMD\n' +
        '    7 pts/0    00:00:00 bash\n' +
        '   19 pts/0    00:00:00 ps\n',
    );
  });

  test('busybox ps shows the container command as PID 1', async () => {
    const r = await runScript(`${BUSYBOX}\nkubectl exec bb -- ps aux\nkubectl exec -it bb -- sh\nps`, { tty: true });
    expect(r.stdout).toBe(
      'pod/bb created\n' +
        'PID   USER     TIME  COMMAND\n' +
        '    1 root      0:00 sleep infinity\n' +
        '    7 root      0:00 ps aux\n' +
        'PID   USER     TIME  COMMAND\n' +
        '    1 root      0:00 sleep infinity\n' +
        '   13 root      0:00 sh\n' +
        '   19 root      0:00 ps\n',
    );
  });

  test('the nginx image ships no procps', async () => {
    const r = await runScript('kubectl run ng --image=nginx --restart=Never\nsleep 5\nkubectl exec ng -- ps');
    expect(r.stderr).toMatch(/exec: "ps": executable file not found in \$PATH: unknown\n$/);
    expect(r.exitCode).toBe(1);
  });
});

describe('kill', () => {
  test('PID 1 ignores SIGTERM and SIGKILL from inside its namespace; other PIDs do not exist', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec $POD -- kill 1\necho "status $?"\nkubectl exec $POD -- kill -9 1\necho "status $?"\nkubectl exec $POD -- kill 42\necho "status $?"`);
    expect(r.output).toBe('status 0\nstatus 0\nkill: (42): No such process\ncommand terminated with exit code 1\nstatus 1\n');
  });

  test('bash builtin wording in an interactive shell; the pod keeps running', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec -it $POD -- bash\nkill 1\nkill 99\nexit\nkubectl get pod $POD -o jsonpath='{.status.containerStatuses[0].restartCount}'`, { tty: true });
    // (exit keeps the failed kill's status, which kubectl reports)
    expect(r.stderr).toBe('bash: kill: (99) - No such process\ncommand terminated with exit code 1\n');
    expect(r.stdout).toBe('exit\n0');
  });
});

describe('test and [ as programs', () => {
  test('exit status only, from the container filesystem', async () => {
    const r = await runScript(
      `${FIRST_POD}\nkubectl exec $POD -- test -e /app.js\necho "a $?"\nkubectl exec $POD -- test -e /var/ready\necho "b $?"\nkubectl exec $POD -- touch /var/ready\nkubectl exec $POD -- test -e /var/ready\necho "c $?"\nkubectl exec $POD -- [ -f /app.js ]\necho "d $?"`,
    );
    expect(r.output).toBe('a 0\ncommand terminated with exit code 1\nb 1\nc 0\nd 0\n');
  });

  test('busybox has them too', async () => {
    const r = await runScript(`${BUSYBOX}\nkubectl exec bb -- test -d /etc\necho "s $?"`);
    expect(r.output).toBe('pod/bb created\ns 0\n');
  });
});

describe('the images runtimes and servers', () => {
  test('node, npm and yarn versions of node:7; no JavaScript runs', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec $POD -- node --version\nkubectl exec $POD -- npm --version\nkubectl exec $POD -- yarn --version\nkubectl exec $POD -- node -e 'console.log(1+1)'`);
    expect(r.output).toBe('v7.10.1\n4.2.0\n0.24.4\nnode: running JavaScript is not simulated in kubetour (only --version)\ncommand terminated with exit code 1\n');
  });

  test('nginx -v and -t write to stderr, like nginx', async () => {
    const r = await runScript('kubectl run ng --image=nginx --restart=Never\nsleep 5\nkubectl exec ng -- nginx -v\nkubectl exec ng -- nginx -t');
    expect(r.stdout).toBe('pod/ng created\n');
    expect(r.stderr).toBe('nginx version: nginx/1.27.0\nnginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
  });
});

describe('busybox ash', () => {
  test('exec -it POD -- ash enters with the busybox prompt; ash -c sees exported variables', async () => {
    const r = await runScript(`${BUSYBOX}\nkubectl exec -it bb -- ash\nexport FOO=bar\nBAR=1\nash -c 'echo "$FOO-$BAR"'`, { tty: true });
    expect(r.session.prompt()).toBe('/ # ');
    expect(r.stdout).toBe('pod/bb created\nbar-\n');
  });

  test('as a bare exec', async () => {
    const r = await runScript(`${BUSYBOX}\nkubectl exec bb -- ash -c 'echo $HOSTNAME'`);
    expect(r.output).toBe('pod/bb created\nbb\n');
  });
});

describe('busybox nc and telnet over the data plane', () => {
  const SETUP = `kubectl expose rc kubia --port=80 --target-port=8080\n${BUSYBOX}`;

  test('nc -z: 0 when the handshake succeeds, 1 otherwise', async () => {
    const r = await runScript(
      `${SETUP}\nkubectl exec bb -- nc -z -w 2 kubia 80\necho "open $?"\nkubectl exec bb -- nc -zv kubia.default.svc.cluster.local 80\nkubectl exec bb -- nc -zv 10.96.0.1 443\nkubectl exec bb -- nc -z nosuch 80\necho "bad $?"`,
    );
    const ip = (await r.session.run("kubectl get svc kubia -o jsonpath='{.spec.clusterIP}'")).stdout;
    expect(r.output).toBe(
      `service/kubia exposed\npod/bb created\nopen 0\nkubia.default.svc.cluster.local (${ip}:80) open\n10.96.0.1 (10.96.0.1:443) open\nnc: bad address 'nosuch'\ncommand terminated with exit code 1\nbad 1\n`,
    );
    // Each probe is a request the tutor can see.
    expect(r.session.traces.filter((t) => t.tool === 'nc').map((t) => t.outcome)).toEqual(['ok', 'ok', 'ok', 'nxdomain']);
  });

  test('a pod port nothing listens on refuses; an unroutable address times out', async () => {
    const r = await runScript(`${SETUP}\nPODIP=$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].status.podIP}')\nkubectl exec bb -- nc -zv $PODIP 9999\nkubectl exec bb -- nc -z $PODIP 8080\necho "app $?"`);
    const ip = (await r.session.run("kubectl get pods -l app=kubia -o jsonpath='{.items[0].status.podIP}'")).stdout;
    expect(r.output).toBe(`service/kubia exposed\npod/bb created\nnc: ${ip} (${ip}:9999): Connection refused\ncommand terminated with exit code 1\napp 0\n`);
  });

  test('telnet: silent on connect, busybox words on failure', async () => {
    const r = await runScript(`${SETUP}\nPODIP=$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].status.podIP}')\nkubectl exec bb -- telnet kubia 80\necho "ok $?"\nkubectl exec bb -- telnet $PODIP 9999`);
    const ip = (await r.session.run("kubectl get pods -l app=kubia -o jsonpath='{.items[0].status.podIP}'")).stdout;
    expect(r.output).toBe(`service/kubia exposed\npod/bb created\nok 0\ntelnet: can't connect to remote host (${ip}): Connection refused\ncommand terminated with exit code 1\n`);
  });
});

describe('test and [ complaints', () => {
  test('[ without its closing bracket: coreutils words it in the C locale, status 2', async () => {
    const r = await runScript(`${FIRST_POD}\nkubectl exec $POD -- [ -f /app.js`);
    expect(r.stderr).toBe("[: missing ']'\ncommand terminated with exit code 2\n");
  });

  test('curlimages/curl has ash too (busybox prompt)', async () => {
    const r = await runScript('kubectl run c --image=curlimages/curl --restart=Never --command -- sleep infinity\nsleep 5\nkubectl exec -it c -- ash', { tty: true });
    expect(r.session.prompt()).toBe('/ # ');
  });
});
