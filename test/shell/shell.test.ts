// The shell itself — grammar, state between lines, places, utilities — over a stand-in
// cluster, so these tests say nothing about (and do not wait for) the simulation.
import { describe, expect, test } from 'vitest';
import { fakeSession } from '../helpers/fake-cluster.js';
import { runScript } from '../helpers/shell.js';
import { podPlaceInfo } from '../../src/shell/places/pod.js';

async function sh(script: string, seed = 1) {
  const { session, cluster } = fakeSession(seed);
  const r = await runScript(script, { session });
  return { ...r, cluster };
}

describe('grammar', () => {
  test('quoting, variables and command substitution', async () => {
    const r = await sh(`X="a  b"; echo $X "$X" '$X' \\$X
echo "$(echo inner) and \`echo back\`"
echo \${UNSET:-default} \${#X}`);
    expect(r.stdout).toBe('a b a  b $X $X\ninner and back\ndefault 4\n');
  });

  test('pipes, lists and exit statuses', async () => {
    const r = await sh(`printf 'b\\na\\nc\\n' | sort | head -2
false && echo no || echo yes
true; echo $?
false
echo $?`);
    expect(r.stdout).toBe('a\nb\nyes\n0\n1\n');
  });

  test('redirections: > >> < 2>&1 and 2>/dev/null', async () => {
    const r = await sh(`echo one > f.txt
echo two >> f.txt
wc -l < f.txt
cat nope 2>&1 | sed 's/^/err: /'
cat nope 2>/dev/null; echo "status $?"
cat f.txt`);
    expect(r.stdout).toBe('2\nerr: cat: nope: No such file or directory\nstatus 1\none\ntwo\n');
    expect(r.stderr).toBe('');
  });

  test('heredocs keep indentation; quoted delimiters do not expand', async () => {
    const r = await sh(`NAME=kubia
cat <<EOF > svc.yaml
metadata:
  name: $NAME
EOF
cat svc.yaml
cat <<'EOF'
$NAME stays
EOF`);
    expect(r.stdout).toBe('metadata:\n  name: kubia\n$NAME stays\n');
  });

  test('for loops over seq, while loops, functions', async () => {
    const r = await sh(`for i in $(seq 3); do echo "hit $i"; done
n=0; while [ $n -lt 2 ]; do n=$((n+1)); done; echo $n
greet() { echo "hi $1"; }
greet there`);
    expect(r.stdout).toBe('hit 1\nhit 2\nhit 3\n2\nhi there\n');
  });

  test('unknown command: bash message, status 127, session continues', async () => {
    const r = await sh('foo --bar\necho $?');
    expect(r.stderr).toBe('bash: foo: command not found\n');
    expect(r.stdout).toBe('127\n');
  });

  test('a syntax error is reported and the session goes on', async () => {
    const r = await sh('echo )\necho still here');
    expect(r.stderr).toMatch(/^bash: .*syntax error/);
    expect(r.stdout).toBe('still here\n');
  });

  test('a huge paste neither crashes nor hangs', async () => {
    const big = 'x'.repeat(200_000);
    const lines = Array.from({ length: 300 }, (_, i) => `echo line${i}`).join('\n');
    const r = await sh(`echo ${big} | wc -c\n${lines}`);
    expect(r.stdout.split('\n')[0]).toBe('200001');
    expect(r.stdout).toContain('line299\n');
    expect(r.session.internalErrors).toEqual([]);
  });
});

describe('state between lines', () => {
  test('exported variables, shell variables, cwd, aliases and $? persist', async () => {
    const r = await sh(`export APP=kubia
LOCAL=1
cd /tmp
pwd
echo $APP $LOCAL
env | grep -c '^LOCAL='
env | grep '^APP='
alias k='echo kubectl'
k get pods
cd
pwd
cd -`);
    expect(r.stdout).toBe('/tmp\nkubia 1\n0\nAPP=kubia\nkubectl get pods\n/home/learner\n/tmp\n');
  });

  test('the laptop: user, host, home with the manifests, editable /etc/hosts', async () => {
    const r = await sh(`whoami; hostname; echo $HOME $HOSTNAME
ls | grep -c yaml
grep -c 'app: kubia' kubia-svc.yaml
echo '10.0.0.1 kubia.example.com' >> /etc/hosts
tail -1 /etc/hosts`);
    expect(r.stdout).toBe('learner\nlaptop\n/home/learner laptop\n17\n1\n10.0.0.1 kubia.example.com\n');
  });

  test('the document manifests are byte-identical to the book', async () => {
    const r = await sh('cat kubia-svc-nodeport.yaml');
    expect(r.stdout).toBe('apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia-nodeport\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    targetPort: 8080\n    nodePort: 30123\n  selector:\n    app: kubia\n\n');
  });

  test('history lists the lines of this shell', async () => {
    const r = await sh('echo a\nhistory');
    expect(r.stdout).toBe('a\n    1  echo a\n    2  history\n');
  });

  test('clear writes the terminal clear sequence', async () => {
    const r = await sh('clear');
    expect(r.stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
  });

  test('sudo runs the command; editors open the session editor, or do not exist', async () => {
    const { session } = fakeSession();
    const r = await runScript("echo '10.0.0.9 kubia.example.com' | sudo tee -a /etc/hosts >/dev/null\ntail -1 /etc/hosts\nvi /etc/hosts", { session });
    expect(r.stdout).toBe('10.0.0.9 kubia.example.com\n');
    expect(r.stderr).toBe('bash: vi: command not found\n');
    session.editor = async (content, file) => (file === '/etc/hosts' ? `${content}1.2.3.4 foo.example.com\n` : null);
    const e = await runScript('sudo vi /etc/hosts\ntail -2 /etc/hosts', { session });
    expect(e.stdout).toBe('10.0.0.9 kubia.example.com\n1.2.3.4 foo.example.com\n');
  });

  test('ip addr shows the place address', async () => {
    const r = await sh('ip -4 a | grep inet\nssh worker1 ip a | grep -c eth0');
    expect(r.stdout).toBe('    inet 127.0.0.1/8 scope host lo\n    inet 198.51.100.23/24 brd 198.51.100.255 scope global wlp2s0\n2\n');
  });

  test('uname and id', async () => {
    const r = await sh('uname; uname -n; id; id -un');
    expect(r.stdout).toBe('Linux\nlaptop\nuid=1000(learner) gid=1000(learner) groups=1000(learner)\nlearner\n');
  });

  test('host-only runtimes are absent', async () => {
    const r = await sh('python3 -c 1; node -e 1; sqlite3');
    expect(r.stderr).toBe('bash: python3: command not found\nbash: node: command not found\nbash: sqlite3: command not found\n');
  });
});

describe('virtual time', () => {
  test('each line takes a second; sleep advances the clock without waiting', async () => {
    const r = await sh(`date
date +%s
sleep 3600
date +%s
date -u '+%Y-%m-%dT%H:%M:%SZ'
sleep 0.5; date +%T`);
    const [d1, s1, s2, iso, t] = r.stdout.trim().split('\n');
    expect(d1).toBe('Thu Nov 26 09:00:01 UTC 2026');
    expect(Number(s2) - Number(s1)).toBe(3602);
    expect(iso).toBe('2026-11-26T10:00:05Z');
    expect(t).toBe('10:00:06');
    expect(r.cluster.advanced).toContain(3600);
  });

  test('blank lines and comments do not move the clock', async () => {
    const { session, cluster } = fakeSession();
    await session.run('');
    await session.run('# just a comment');
    expect(cluster.advanced).toEqual([]);
    expect(session.records).toHaveLength(0);
  });

  test('file times come from the virtual clock; owners are the place\'s user', async () => {
    const r = await sh('touch new.txt\nls -l new.txt\nmkdir d; ls -ld d\nls nope');
    expect(r.stdout).toBe('-rw-r--r-- 1 learner learner     0 Nov 26 09:00 new.txt\ndrwxr-xr-x 1 learner learner     0 Nov 26 09:00 d\n');
    expect(r.stderr).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(r.exitCode).toBe(2);
  });

  test('time reports virtual time', async () => {
    const r = await sh('time sleep 2');
    expect(r.stderr).toBe('\nreal\t0m2.000s\nuser\t0m0.000s\nsys\t0m0.000s\n');
  });
});

describe('places', () => {
  test('ssh into a node, run there, exit back', async () => {
    const { session } = fakeSession();
    const r = await runScript('ssh worker1\nhostname; whoami; pwd\nexit\nhostname', { session, echo: true });
    expect(r.stdout).toBe(
      '$ ssh worker1\nlearner@worker1:~$ hostname; whoami; pwd\nworker1\nlearner\n/home/learner\nlearner@worker1:~$ exit\nlogout\n$ hostname\nlaptop\n',
    );
    expect(r.stderr).toBe('Connection to worker1 closed.\n');
    expect(session.depth()).toBe(1);
  });

  test('ssh by address and with a command; unknown hosts', async () => {
    const r = await sh('ssh 172.18.0.3 hostname\nssh nope; echo $?');
    expect(r.stdout).toBe('worker2\n255\n');
    expect(r.stderr).toBe('ssh: Could not resolve hostname nope: Name or service not known\n');
  });

  test('a node keeps its files between logins', async () => {
    const r = await sh('ssh worker1\necho hi > note\nexit\nssh worker1\ncat note\nexit');
    expect(r.stdout).toContain('hi\n');
  });

  test('logout works on a node only', async () => {
    const r = await sh('logout\nssh worker2\nlogout');
    expect(r.stderr).toBe("bash: logout: not login shell: use `exit'\nConnection to worker2 closed.\n");
    expect(r.session.depth()).toBe(1);
  });

  test('a container shell: prompt, its files and env, exit status passed through', async () => {
    const { session, cluster } = fakeSession();
    session.enter(podPlaceInfo(cluster.pods[0]));
    expect(session.prompt()).toBe('root@kubia-a2b4c:/# ');
    const r = await runScript('hostname\ncat /etc/hostname\necho $KUBERNETES_SERVICE_HOST\ncd /etc\nexit 3\necho $?', { session, echo: true });
    expect(r.stdout).toBe(
      'root@kubia-a2b4c:/# hostname\nkubia-a2b4c\nroot@kubia-a2b4c:/# cat /etc/hostname\nkubia-a2b4c\nroot@kubia-a2b4c:/# echo $KUBERNETES_SERVICE_HOST\n10.96.0.1\nroot@kubia-a2b4c:/# cd /etc\nroot@kubia-a2b4c:/etc# exit 3\nexit\n$ echo $?\n3\n',
    );
    expect(r.stderr).toBe('command terminated with exit code 3\n');
  });

  test('a container only runs what its image ships', async () => {
    const { session, cluster } = fakeSession();
    session.enter(podPlaceInfo(cluster.pods[0]));
    const r = await runScript('ssh worker1\nkubectl get pods\nsqlite3', { session });
    expect(r.stderr).toBe('bash: ssh: command not found\nbash: kubectl: command not found\nbash: sqlite3: command not found\n');
  });

  test('a deleted pod ends the shell inside it', async () => {
    const { session, cluster } = fakeSession();
    session.enter(podPlaceInfo(cluster.pods[0]));
    cluster.deletePod('kubia-a2b4c');
    const r = await session.run('echo hi');
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).toBe('command terminated with exit code 137\n');
    expect(session.prompt()).toBe('$ ');
  });

  test('exit at the laptop ends the session', async () => {
    const r = await sh('echo before\nexit 4\necho after');
    expect(r.stdout).toBe('before\n');
    expect(r.exitCode).toBe(4);
    expect(r.session.exited).toBe(true);
  });
});

describe('execInPod (kubectl exec without a shell)', () => {
  test('runs argv with the container environment, no PWD', async () => {
    const { session } = fakeSession();
    const r = await session.execInPod('default', 'kubia-d5f6g', undefined, ['env'], { tty: false });
    expect(r.stdout).toBe(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=kubia-d5f6g\nKUBERNETES_SERVICE_HOST=10.96.0.1\nKUBERNETES_SERVICE_PORT=443\nHOME=/root\n',
    );
  });

  test('arguments are passed verbatim, stdin through', async () => {
    const { session } = fakeSession();
    const r = await session.execInPod('default', 'kubia-d5f6g', undefined, ['sh', '-c', 'echo "$0 $HOSTNAME" && cat'], { stdin: 'piped\n', tty: false });
    expect(r.stdout).toBe('sh kubia-d5f6g\npiped\n');
  });

  test('an executable the image lacks fails to start, with a seeded exec id', async () => {
    const { session } = fakeSession();
    const r = await session.execInPod('default', 'kubia-d5f6g', undefined, ['nslookup', 'kubia'], { tty: false });
    expect(r.startError).toMatch(
      /^Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "nslookup": executable file not found in \$PATH: unknown$/,
    );
    const again = await fakeSession().session.execInPod('default', 'kubia-d5f6g', undefined, ['nslookup'], { tty: false });
    expect(again.startError).toBe(r.startError?.replace('exec: "nslookup"', 'exec: "nslookup"'));
  });

  test('files written by exec are seen by the container shell', async () => {
    const { session, cluster } = fakeSession();
    await session.execInPod('default', 'kubia-h7j8k', undefined, ['touch', '/var/ready'], { tty: false });
    session.enter(podPlaceInfo(cluster.pods[2]));
    const r = await session.run('ls /var/ready');
    expect(r.stdout).toBe('/var/ready\n');
  });
});

describe('determinism of the shell itself', () => {
  test('$RANDOM follows the seed', async () => {
    const a = await sh('echo $RANDOM $RANDOM', 7);
    const b = await sh('echo $RANDOM $RANDOM', 7);
    const c = await sh('echo $RANDOM $RANDOM', 8);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });
});
