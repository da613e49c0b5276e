// Shell-plausible lines for the fuzzer: what a learner (or a careless author) might type —
// kubectl verbs with real and wrong flags, manifests in heredocs with random fields, the
// network tools with random arguments, pipes, quotes, control characters, Unicode, deep
// nesting and expansions. The same seed gives the same lines.
//
// Lines that never end by design in a real terminal (watches, port-forward, proxy, `sleep`
// of hours, `nc -l`, RSA keys larger than OpenSSL generates in reasonable time) are left out:
// the fuzzer holds every line to a wall-time budget, and those would only measure the budget.
// The words the invariants look for in output (undefined, NaN, Infinity, [object Object])
// never appear in a generated line, so finding one in the output is a leak.
import { Rng } from '../../src/cluster/runtime/rng.js';

const RESOURCES = ['pods', 'po', 'pod', 'svc', 'services', 'service', 'rc', 'replicationcontrollers', 'deploy', 'deployments', 'ep', 'endpoints', 'ing', 'ingress', 'nodes', 'no', 'ns', 'namespaces', 'cm', 'configmaps', 'secrets', 'all', 'events', 'rs', 'sa', 'foo', 'podz', 'ingressclass', 'endpointslices'];
const NAMES = ['kubia', 'kubia-http', 'kubia-nodeport', 'kubia-loadbalancer', 'kubia-ingress', 'external-service', 'kubia-manual', 'x', 'a.b', 'UPPER', '-', '""', 'kubia-f5cpb', 'worker1', 'kube-dns', '한글', '🙂', 'a'.repeat(300)];
const FLAGS = [
  '-o json', '-o yaml', '-o wide', '-o name', '-o jsonpath={.items[*].metadata.name}', "-o jsonpath='{.spec.ports[0].port}'", '-o custom-columns=N:.metadata.name,IP:.status.podIP', '-o go-template={{.kind}}', '-o bogus',
  '-l app=kubia', '-l app!=kubia', "-l 'app in (kubia,foo)'", '--selector=app', '-n default', '-n kube-system', '-n nope', '-A', '--all-namespaces', '--show-labels', '--sort-by=.metadata.name', '--sort-by={.bad',
  '--port=80', '--port=0', '--port=99999', '--target-port=8080', '--target-port=http', '--type=NodePort', '--type=LoadBalancer', '--type=Bogus', '--name=svc1',
  '--replicas=3', '--replicas=-1', '--replicas=1e308', '--replicas=3000000000', '--replicas=abc', '--dry-run=client', '--dry-run=server', '--dry-run=nope', '--force', '--grace-period=0', '--now', '--cascade=orphan',
  '--image=luksa/kubia', '--image=', '--restart=Never', '--rm', '-it', '-i', '-t', '--', '--help', '-h', '--v=9', '--request-timeout=1s', '--field-selector=status.phase=Running', '--no-headers', '--watch-only=false', '--output=json',
];
const NUMBERS = ['0', '1', '-1', '3', '80', '8080', '65535', '65536', '2147483647', '2147483648', '3000000000', '9007199254740993', '1e308', '1e-7', '0x1F', '1.5', '-0', '.inf', '.nan', '1_000', '00012'];
const WORDS = ['kubia', 'hello', 'x', 'app', 'foo=bar', 'a b', '*', '?', '~', '..', '/', '/etc/hosts', '/proc/version', '/etc/passwd', '$HOME', '${PATH}', '$?', '$$', '$RANDOM', 'héllo', '한국어', '👩‍💻', 'عربى', 'e\u0301', '\u200b', 'null', 'true', '{}', '[]', '{"a":1}'];
const HOSTS = ['kubia', 'kubia.default', 'kubia.default.svc.cluster.local', 'kubia-http', 'external-service', 'example.com', 'localhost', '127.0.0.1', '10.111.249.153', '10.0.0.1', '198.51.100.1', '[::1]', '0', '999.1.1.1', 'kubia.example.com', '', 'a'.repeat(70)];
const JQ = ['.', '.items[].metadata.name', '.items | length', '.[0]', '..', 'keys', 'map(.)', '.a.b.c', '.items[] | select(.kind == "Pod")', 'recurse', '[.[]?]', 'tostring', '@base64', 'def f: f; f', '.[] as $x | $x', 'reduce range(0;100000) as $i (0; .+$i)', '{', 'limit(3; repeat(1))'];
const PIPES = ['| grep kubia', '| grep -v NAME', '| head -n 2', '| tail -1', '| wc -l', '| sort | uniq -c', "| awk '{print $1}'", '| sed s/kubia/k/g', '| base64', '| base64 -d', '| cut -d" " -f1', '| tr a-z A-Z', '| xargs echo', '| cat -A', '| jq .', '| yq .', '| tee /tmp/out', '| rev', '| od -c | head -3'];

export class LineGenerator {
  private readonly rng: Rng;
  constructor(seed: number) {
    this.rng = new Rng(seed).fork('fuzz');
  }

  private chance(p: number): boolean {
    return this.rng.next() < p;
  }
  private pick<T>(xs: readonly T[]): T {
    return this.rng.pick(xs);
  }
  private some<T>(xs: readonly T[], max: number): T[] {
    const n = this.rng.int(0, max);
    return Array.from({ length: n }, () => this.pick(xs));
  }

  /** One line (possibly several physical lines: a heredoc, a multi-line quote). */
  line(): string {
    const kinds = [
      () => this.kubectl(),
      () => this.kubectl(),
      () => this.kubectl(),
      () => this.manifest(),
      () => this.manifest(),
      () => this.net(),
      () => this.net(),
      () => this.openssl(),
      () => this.shellish(),
      () => this.shellish(),
      () => this.nested(),
      () => this.files(),
    ];
    let line = this.pick(kinds)();
    if (this.chance(0.25) && !line.includes('\n')) line += ` ${this.pick(PIPES)}`;
    if (this.chance(0.05)) line = this.mangle(line);
    return line;
  }

  private kubectl(): string {
    const verb = this.pick(['get', 'get', 'get', 'describe', 'delete', 'create', 'expose', 'scale', 'patch', 'label', 'annotate', 'logs', 'exec', 'run', 'explain', 'rollout status', 'wait', 'top', 'version', 'cluster-info', 'api-resources', 'config view', 'auth can-i', 'set image', 'cp', 'apply', 'bogus', 'get ep', 'edit']);
    const parts = ['kubectl', verb];
    if (this.chance(0.85)) parts.push(this.pick(RESOURCES));
    if (this.chance(0.6)) parts.push(this.pick(NAMES));
    parts.push(...this.some(FLAGS, 3));
    if (verb === 'patch') parts.push('-p', this.quote(this.json(2)));
    if (verb === 'exec') parts.push('--', this.pick(['curl -s http://kubia', 'env', 'cat /etc/resolv.conf', 'nslookup kubia', 'sh -c "echo hi"', 'ls /', 'hostname', 'ps aux', 'nosuchcmd']));
    if (verb === 'label' || verb === 'annotate') parts.push(`${this.pick(['app', 'a/b', '-', 'x'])}=${this.pick(WORDS)}`, ...(this.chance(0.3) ? ['--overwrite'] : []));
    if (verb === 'scale') parts.push(`--replicas=${this.pick(NUMBERS)}`);
    if (verb === 'wait') parts.push('--for=condition=Ready', '--timeout=1s');
    return parts.join(' ');
  }

  /** A manifest in a heredoc, usually almost right. */
  private manifest(): string {
    const kind = this.pick(['Pod', 'Service', 'ReplicationController', 'Deployment', 'Ingress', 'Endpoints', 'ConfigMap', 'Secret', 'Bogus', '', '123', 'pod', 'List']);
    const api = this.pick(['v1', 'apps/v1', 'networking.k8s.io/v1', 'v2', '', 'extensions/v1beta1']);
    const lines: string[] = [];
    if (this.chance(0.9)) lines.push(`apiVersion: ${api}`);
    if (this.chance(0.9)) lines.push(`kind: ${kind}`);
    lines.push('metadata:', `  name: ${this.pick(['m1', 'kubia-x', 'Bad_Name', '"1"', 'a'.repeat(70), '', '한글'])}`);
    if (this.chance(0.4)) lines.push('  labels:', `    app: ${this.pick(WORDS.slice(0, 6))}`);
    lines.push('spec:');
    const field = (): string => this.pick(['replicas', 'ports', 'selector', 'containers', 'type', 'clusterIP', 'sessionAffinity', 'externalName', 'rules', 'tls', 'template', 'minReadySeconds', 'foo']);
    for (let i = this.rng.int(0, 4); i > 0; i--) {
      const f = field();
      if (f === 'ports') lines.push('  ports:', `  - port: ${this.pick(NUMBERS)}`, `    targetPort: ${this.pick([...NUMBERS, 'http', '"8080"'])}`, ...(this.chance(0.5) ? [`    nodePort: ${this.pick(NUMBERS)}`] : []), ...(this.chance(0.3) ? [`    protocol: ${this.pick(['TCP', 'UDP', 'tcp', 'HTTP'])}`] : []));
      else if (f === 'containers') lines.push('  containers:', `  - name: ${this.pick(['kubia', 'c', ''])}`, `    image: ${this.pick(['luksa/kubia', 'nginx', 'busybox', 'nope/nope:1', ''])}`, ...(this.chance(0.4) ? ['    ports:', `    - containerPort: ${this.pick(NUMBERS)}`] : []));
      else if (f === 'selector') lines.push('  selector:', `    app: ${this.pick(WORDS.slice(0, 6))}`);
      else if (f === 'template') lines.push('  template:', '    metadata:', '      labels:', '        app: kubia', '    spec:', '      containers:', '      - name: kubia', `        image: ${this.pick(['luksa/kubia', 'nginx'])}`);
      else if (f === 'rules') lines.push('  rules:', `  - host: ${this.pick(HOSTS)}`, '    http:', '      paths:', '      - path: /', `        pathType: ${this.pick(['Prefix', 'Exact', 'Bogus'])}`, '        backend:', '          service:', '            name: kubia', '            port:', `              number: ${this.pick(NUMBERS)}`);
      else lines.push(`  ${f}: ${this.pick([...NUMBERS, ...WORDS.slice(0, 8), '[1, 2]', '{a: 1}', '~', '!!binary aGVsbG8=', '&a 1', '*a', '"', "'"])}`);
    }
    if (this.chance(0.1)) lines.push(this.deepYaml(this.rng.int(5, 200)));
    if (this.chance(0.05)) lines.push('---', `kind: ${kind}`);
    const verb = this.pick(['apply', 'create', 'apply', 'replace', 'delete']);
    return `kubectl ${verb} -f - <<EOF\n${lines.join('\n')}\nEOF`;
  }

  private deepYaml(depth: number): string {
    return `extra: ${'['.repeat(depth)}1${']'.repeat(depth)}`;
  }

  private net(): string {
    const tool = this.pick(['curl', 'curl', 'curl', 'nslookup', 'dig', 'ping', 'wget', 'host', 'nc', 'telnet', 'ssh']);
    const args: string[] = [];
    switch (tool) {
      case 'curl':
        args.push(...this.some(['-s', '-v', '-k', '-i', '-I', '-L', '-S', '-f', '--max-time 1', '-m 2', '-m 0.5', '-m abc', '-H "Host: kubia.example.com"', '-H', '-d x=1', '-X DELETE', '-o /dev/null', '-w "%{http_code}"', '--resolve kubia.example.com:443:10.0.0.1', '--connect-timeout 1', '-u a:b', '--http2', '-x', '-4'], 4));
        args.push(this.url());
        break;
      case 'nslookup':
      case 'host':
        args.push(this.pick(HOSTS), ...(this.chance(0.3) ? [this.pick(['10.96.0.10', '8.8.8.8', 'kube-dns'])] : []));
        break;
      case 'dig':
        args.push(...this.some(['+short', '+search', 'A', 'SRV', 'AAAA', '@10.96.0.10', '+noall +answer', '-x 10.0.0.1'], 3), this.pick(HOSTS));
        break;
      case 'ping':
        args.push('-c', this.pick(['1', '2', '0', '-1']), ...(this.chance(0.5) ? ['-W', '1'] : []), this.pick(HOSTS));
        break;
      case 'wget':
        args.push(...this.some(['-qO-', '-T 1', '-S', '--spider'], 2), this.url());
        break;
      case 'nc':
      case 'telnet':
        args.push(...(tool === 'nc' ? this.some(['-z', '-v', '-w 1'], 2) : []), this.pick(HOSTS), this.pick(NUMBERS));
        break;
      case 'ssh':
        args.push(this.pick(['worker1', 'worker2', 'master', 'nosuch', '10.0.0.1']), this.pick(['curl -s http://kubia', 'hostname', 'cat /proc/version', 'ip a', 'exit 3', '']));
        break;
    }
    return [tool, ...args].join(' ');
  }

  private url(): string {
    const scheme = this.pick(['http://', 'https://', '', 'ftp://', 'http:/', 'HTTP://']);
    const port = this.chance(0.3) ? `:${this.pick(NUMBERS)}` : '';
    const path = this.chance(0.3) ? this.pick(['/', '/healthz', '/a/../b', '/%zz', '/?q=1#f', `/${'x'.repeat(200)}`]) : '';
    return `${scheme}${this.pick(HOSTS)}${port}${path}`;
  }

  private openssl(): string {
    const sub = this.pick(['genrsa', 'genrsa', 'req', 'x509', 'rsa', 'version', 'bogus', 's_client', 'rand']);
    switch (sub) {
      case 'genrsa':
        return `openssl genrsa ${this.pick(['-out k.key ', '', '-out /nonexistent/dir/k.key '])}${this.pick(['512', '1024', '2048', '100', '0', '-5', 'abc', '2048 4096', ''])}`;
      case 'req':
        return `openssl req ${this.some(['-new', '-x509', '-key k.key', '-newkey rsa:1024', '-nodes', '-keyout k2.key', '-out c.crt', '-days 365', '-days -1', '-days abc', '-subj /CN=kubia.example.com', '-subj CN=bad', '-sha256'], 6).join(' ')}`;
      case 'x509':
        return `openssl x509 ${this.some(['-in c.crt', '-in nope.crt', '-noout', '-text', '-subject', '-issuer', '-dates', '-fingerprint', '-bogus'], 4).join(' ')}`;
      case 'rsa':
        return `openssl rsa ${this.some(['-in k.key', '-in /etc/hosts', '-check', '-noout', '-pubout', '-modulus'], 3).join(' ')}`;
      default:
        return `openssl ${sub} ${this.some(WORDS, 2).join(' ')}`;
    }
  }

  private shellish(): string {
    const forms = [
      () => `echo ${this.some(WORDS, 4).join(' ')}`,
      () => `x=${this.quote(this.pick(WORDS))}; echo "$x" \${x:-d} \${#x} \${x/a/b}`,
      () => `echo $((${this.pick(NUMBERS)} ${this.pick(['+', '*', '/', '%', '**', '<<'])} ${this.pick(NUMBERS)}))`,
      () => `for i in ${this.pick(['1 2 3', '{1..5}', '$(seq 3)', '*'])}; do echo $i; done`,
      () => `echo {${this.pick(['a,b', '1..20', 'a..e', '1..3}{1..3', '01..10..3'])}}`,
      () => `if [ ${this.pick(WORDS)} = ${this.pick(WORDS)} ]; then echo y; else echo n; fi`,
      () => `printf '${this.pick(['%s\\n', '%d\\n', '%5.2f\\n', '%q\\n', '%b', '%*d'])}' ${this.some(WORDS, 3).join(' ')}`,
      () => `cd ${this.pick(['/', '/tmp', '~', '..', 'nope', '-'])} && pwd`,
      () => `export ${this.pick(['A', 'PATH', 'HOME', 'KUBECONFIG', '1X'])}=${this.pick(WORDS)}; env | ${this.pick(['wc -l', 'grep -c =', 'head -1'])}`,
      () => `a=(${this.some(WORDS, 4).join(' ')}); echo \${a[@]} \${#a[@]} \${a[-1]}`,
      () => `case ${this.pick(WORDS)} in k*) echo k;; *) echo other;; esac`,
      () => `f() { echo ${this.pick(WORDS)}; }; f; f | cat`,
      () => `echo ${this.pick(JQ.map((j) => `'{"items":[{"kind":"Pod","metadata":{"name":"a"}}]}' | jq ${this.quote(j)}`))}`,
      () => `read -r a b <<< "${this.pick(WORDS)} x"; echo $a`,
      () => `history | tail -2`,
      () => `date; uname -a; hostname; whoami; id`,
      () => `type ${this.pick(['kubectl', 'curl', 'cd', 'nosuch'])}`,
      () => `seq ${this.pick(['3', '1 2 10', '0', '-3'])} | paste -sd+ | bc`,
      () => `true && false || echo fallback; echo $?`,
      () => `(exit ${this.pick(NUMBERS)}); echo $?`,
      () => `exit ${this.pick(['', '0', '3'])}`,
      () => `kubectl exec -it ${this.pick(NAMES)} -- ${this.pick(['bash', 'sh', '/bin/ash'])}`,
    ];
    return this.pick(forms)();
  }

  /** Deep nesting of the shell's own grammar and of data. */
  private nested(): string {
    const d = this.rng.int(2, this.chance(0.2) ? 400 : 20);
    const forms = [
      () => `echo ${'$('.repeat(d)}echo x${')'.repeat(d)}`,
      () => `echo $((${'('.repeat(d)}1${')'.repeat(d)}))`,
      () => `${'{ '.repeat(d)}echo x;${' }'.repeat(d)}`,
      () => `echo '${'['.repeat(d)}1${']'.repeat(d)}' | jq -c .`,
      () => `echo '${'{"a":'.repeat(d)}1${'}'.repeat(d)}' | jq '.a'`,
      () => `kubectl patch svc kubia -p '${'{"a":'.repeat(d)}1${'}'.repeat(d)}'`,
      () => `echo ${'"'.repeat(d % 2 === 0 ? d : d + 1)}`,
      () => `${'('.repeat(Math.min(d, 60))}echo x${')'.repeat(Math.min(d, 60))}`,
    ];
    return this.pick(forms)();
  }

  private files(): string {
    const f = this.pick(['/proc/version', '/etc/passwd', '/etc/hosts', '/etc/resolv.conf', '/etc/os-release', '~/.kube/config', '/dev/null', '/dev/zero', '/nonexistent', '.', '/proc/self/environ', '/proc/cpuinfo', '/sys/class/net']);
    return `${this.pick(['cat', 'ls -la', 'head -c 100', 'wc -c', 'stat', 'file', 'grep root'])} ${f}`;
  }

  /** Control characters, stray quotes and Unicode dropped into a line. */
  private mangle(line: string): string {
    const inserts = ['\x01', '\x07', '\x1b[31m', '\t', '\\', '"', "'", '`', '$', '\u202e', '\ufeff', '\ud83d\ude00', '\u0000'];
    const at = this.rng.int(0, line.length);
    return line.slice(0, at) + this.pick(inserts) + line.slice(at);
  }

  private json(depth: number): string {
    if (depth <= 0 || this.chance(0.3)) return this.pick(['1', '"s"', 'null', 'true', '1e308', '3000000000', '-1', '[]', '{}', '0.5', '"80"']);
    const key = this.pick(['spec', 'replicas', 'metadata', 'labels', 'ports', 'selector', 'port', 'type', 'x']);
    return `{"${key}":${this.json(depth - 1)}}`;
  }

  private quote(s: string): string {
    return `'${s.replace(/'/g, `'\\''`)}'`;
  }
}
