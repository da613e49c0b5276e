// The container images the simulation knows: what each one runs (the data plane's app id),
// which ports it listens on, its ENV, files and the commands available inside it. An image
// not listed here cannot be pulled (ErrImagePull), as on a real cluster with a typo.

export type AppId = 'kubia' | 'kubia-unhealthy' | 'nginx' | 'ingress-nginx' | 'coredns' | null;

export interface ImageSpec {
  /** Canonical reference, e.g. `docker.io/luksa/kubia:latest`. */
  ref: string;
  /** Digest-like id used in containerStatuses.imageID. */
  digest: string;
  app: AppId;
  /** TCP ports the image's main process listens on (readiness httpGet/tcpSocket succeed here). */
  listens: number[];
  /** Ordered image ENV (`docker inspect` Config.Env). */
  env: [string, string][];
  /** Files baked into the image, path → content. */
  files: Record<string, string>;
  /** Executables on PATH inside the container. */
  commands: string[];
  shell: 'bash' | 'sh' | null;
  /** `node` as PID 1 ignores SIGTERM, so deletion waits for the whole grace period. */
  ignoresSigterm: boolean;
  /** What the main process writes to stdout at start. */
  startLog: string;
  /**
   * The image's ENTRYPOINT (Docker `Config.Entrypoint`); a pod's `command` replaces it, its
   * `args` are appended to it. Empty when the image has none (busybox, dnsutils).
   */
  entrypoint: string[];
  /** The image's CMD (Docker `Config.Cmd`): arguments to the ENTRYPOINT, replaced by a pod's `args`. */
  cmd: string[];
  sizeBytes: number;
}

const DEBIAN_CMDS = ['bash', 'sh', 'cat', 'ls', 'touch', 'rm', 'mkdir', 'rmdir', 'cp', 'mv', 'echo', 'env', 'printenv', 'grep', 'head', 'tail', 'wc', 'sort', 'cut', 'sed', 'awk', 'tr', 'sleep', 'true', 'false', 'test', '[', 'hostname', 'ps', 'id', 'whoami', 'uname', 'date', 'pwd', 'seq', 'tee', 'xargs', 'find', 'chmod', 'ln', 'dirname', 'basename', 'which', 'kill', 'clear', 'exit', 'export', 'cd'];
const NODE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const osRelease = (pretty: string, id: string, version: string) =>
  `PRETTY_NAME="${pretty}"\nNAME="${id === 'debian' ? 'Debian GNU/Linux' : id}"\nVERSION_ID="${version}"\nID=${id}\n`;

const KUBIA_APP = `const http = require('http');
const os = require('os');

console.log("Kubia server starting...");

var handler = function(request, response) {
  console.log("Received request from " + request.connection.remoteAddress);
  response.writeHead(200);
  response.end("You've hit " + os.hostname() + "\\n");
};

var www = http.createServer(handler);
www.listen(8080);
`;

const KUBIA_UNHEALTHY_APP = `const http = require('http');
const os = require('os');

console.log("Kubia server starting...");

var requestCount = 0;

var handler = function(request, response) {
  console.log("Received request from " + request.connection.remoteAddress);
  requestCount++;
  if (requestCount > 5) {
    response.writeHead(500);
    response.end("I'm not well. Please restart me!");
    return;
  }
  response.writeHead(200);
  response.end("You've hit " + os.hostname() + "\\n");
};

var www = http.createServer(handler);
www.listen(8080);
`;

const nodeImage = (ref: string, app: AppId, appJs: string, digest: string): ImageSpec => ({
  ref,
  digest,
  app,
  listens: [8080],
  env: [
    ['PATH', NODE_PATH],
    ['NPM_CONFIG_LOGLEVEL', 'info'],
    ['NODE_VERSION', '7.10.1'],
    ['YARN_VERSION', '0.24.4'],
  ],
  files: {
    '/app.js': appJs,
    '/etc/os-release': osRelease('Debian GNU/Linux 8 (jessie)', 'debian', '8'),
    '/etc/debian_version': '8.8\n',
    '/root/.bashrc': '',
    '/tmp/.keep': '',
  },
  commands: [...DEBIAN_CMDS, 'node', 'npm', 'yarn', 'curl', 'wget', 'ping', 'hostname'],
  shell: 'bash',
  ignoresSigterm: true,
  startLog: 'Kubia server starting...\n',
  // The book's Dockerfile: FROM node:7 / ADD app.js /app.js / ENTRYPOINT ["node", "app.js"]
  // (an ENTRYPOINT resets the CMD inherited from node:7).
  entrypoint: ['node', 'app.js'],
  cmd: [],
  sizeBytes: 243_000_000,
});

const IMAGES: ImageSpec[] = [
  nodeImage('docker.io/luksa/kubia:latest', 'kubia', KUBIA_APP, 'sha256:3f28e304dc0f63dc30f273a4202096f0fa0d08510bd2ee7e1032ce600616de24'),
  nodeImage('docker.io/luksa/kubia-unhealthy:latest', 'kubia-unhealthy', KUBIA_UNHEALTHY_APP, 'sha256:5c746a6a6e7eb8a2bdbc7b8d1a9d6d5e0a4e9fbbd7f8a6a4d7ef2a6d1c6f2e90'),
  {
    ref: 'docker.io/tutum/dnsutils:latest',
    digest: 'sha256:d2244ad47219529f1003bd1513f5c99e71655353a3a63624ea9cb19f8393d5fe',
    app: null,
    listens: [],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    files: { '/etc/os-release': osRelease('Ubuntu 14.04.1 LTS', 'ubuntu', '14.04'), '/root/.bashrc': '' },
    commands: [...DEBIAN_CMDS, 'nslookup', 'dig', 'host', 'ping'],
    shell: 'bash',
    ignoresSigterm: false,
    startLog: '',
    // FROM ubuntu:14.04 without an ENTRYPOINT: args replace ubuntu's CMD.
    entrypoint: [],
    cmd: ['/bin/bash'],
    sizeBytes: 76_000_000,
  },
  {
    ref: 'docker.io/library/busybox:latest',
    digest: 'sha256:768e5c6f5cb6db0794eec98dc7a967f40631746c32232b78a3105fb946f3ab83',
    app: null,
    listens: [],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    files: { '/etc/os-release': 'NAME=BusyBox\n' },
    commands: ['sh', 'ash', 'cat', 'ls', 'touch', 'rm', 'mkdir', 'echo', 'env', 'printenv', 'grep', 'head', 'tail', 'wc', 'sort', 'cut', 'sed', 'awk', 'tr', 'sleep', 'true', 'false', 'test', '[', 'hostname', 'ps', 'id', 'whoami', 'uname', 'date', 'pwd', 'seq', 'nslookup', 'wget', 'ping', 'nc', 'telnet', 'clear', 'exit', 'export', 'cd'],
    shell: 'sh',
    ignoresSigterm: false,
    startLog: '',
    entrypoint: [],
    cmd: ['sh'],
    sizeBytes: 4_300_000,
  },
  {
    ref: 'docker.io/library/nginx:latest',
    digest: 'sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
    app: 'nginx',
    listens: [80],
    env: [
      ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      ['NGINX_VERSION', '1.27.0'],
      ['NJS_VERSION', '0.8.4'],
      ['PKG_RELEASE', '2~bookworm'],
    ],
    files: { '/etc/os-release': osRelease('Debian GNU/Linux 12 (bookworm)', 'debian', '12'), '/usr/share/nginx/html/index.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n' },
    // nginx is built on debian:bookworm-slim, which ships no procps: no `ps` (bash's `kill` builtin remains).
    commands: [...DEBIAN_CMDS.filter((c) => c !== 'ps'), 'nginx', 'curl'],
    shell: 'bash',
    ignoresSigterm: false,
    startLog: '',
    // docker-library/nginx: the entrypoint script runs its /docker-entrypoint.d hooks and `exec "$@"`.
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    sizeBytes: 70_000_000,
  },
  {
    ref: 'docker.io/curlimages/curl:latest',
    digest: 'sha256:4bfa3e2c0164fb103fb9bfd4dc956facce32b6c5d47cc09fcec883ce9535d5ac',
    app: null,
    listens: [],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ['CURL_CA_BUNDLE', '/cacert.pem']],
    files: { '/etc/os-release': 'NAME="Alpine Linux"\nID=alpine\n' },
    commands: ['sh', 'ash', 'curl', 'cat', 'ls', 'echo', 'env', 'sleep', 'true', 'false', 'test', '[', 'hostname', 'nslookup', 'ping', 'wget', 'exit', 'export', 'cd'],
    shell: 'sh',
    ignoresSigterm: false,
    startLog: '',
    // curl/curl-container: entrypoint.sh prepends `curl` when the first argument is an option
    // or not a command, then `exec "$@"`.
    entrypoint: ['/entrypoint.sh'],
    cmd: ['curl'],
    sizeBytes: 12_000_000,
  },
  {
    ref: 'registry.k8s.io/coredns/coredns:v1.11.1',
    digest: 'sha256:1eeb4c7316bacb1d4c8ead65571cd92dd21e27359f0d4917f1a5822a73b75db1',
    app: 'coredns',
    listens: [53, 8080, 8181, 9153],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    files: { '/etc/coredns/Corefile': '.:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30\n    loop\n    reload\n    loadbalance\n}\n' },
    commands: [],
    shell: null,
    ignoresSigterm: false,
    startLog: '.:53\n[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908\nCoreDNS-1.11.1\nlinux/amd64, go1.20.7, ae2bbc2\n',
    entrypoint: ['/coredns'],
    cmd: ['-conf', '/etc/coredns/Corefile'],
    sizeBytes: 18_200_000,
  },
  {
    ref: 'registry.k8s.io/ingress-nginx/controller:v1.10.1',
    digest: 'sha256:e24f39d3eed6bcc239a56f20098878845f62baa34b9f2be2fd2c38ce9fb0f29e',
    app: 'ingress-nginx',
    listens: [80, 443, 8443, 10254],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    files: { '/etc/os-release': 'NAME="Alpine Linux"\nID=alpine\n' },
    commands: ['sh', 'ash', 'cat', 'ls', 'echo', 'env', 'sleep', 'true', 'false', 'test', 'hostname', 'curl', 'exit', 'export', 'cd'],
    shell: 'sh',
    ignoresSigterm: false,
    startLog: '-------------------------------------------------------------------------------\nNGINX Ingress controller\n  Release:       v1.10.1\n  Build:         4fb5aac1dd3669daa3a14d9de3e3cdb371b4c518\n  Repository:    https://github.com/kubernetes/ingress-nginx\n  nginx version: nginx/1.25.3\n\n-------------------------------------------------------------------------------\n\n',
    entrypoint: ['/usr/bin/dumb-init', '--'],
    cmd: ['/nginx-ingress-controller'],
    sizeBytes: 105_000_000,
  },
  {
    ref: 'registry.k8s.io/pause:3.9',
    digest: 'sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097',
    app: null,
    listens: [],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    files: {},
    commands: [],
    shell: null,
    ignoresSigterm: false,
    startLog: '',
    entrypoint: ['/pause'],
    cmd: [],
    sizeBytes: 320_000,
  },
];

/** System images for control-plane pods; they run nothing the learner talks to. */
for (const [name, version] of [
  ['kube-apiserver', 'v1.30.0'],
  ['kube-controller-manager', 'v1.30.0'],
  ['kube-scheduler', 'v1.30.0'],
  ['kube-proxy', 'v1.30.0'],
  ['etcd', '3.5.12-0'],
] as const) {
  IMAGES.push({
    ref: `registry.k8s.io/${name}:${version}`,
    digest: `sha256:${name.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a').slice(0, 64)}`,
    app: null,
    listens: name === 'kube-apiserver' ? [6443] : name === 'etcd' ? [2379, 2380] : [],
    env: [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']],
    files: {},
    commands: [],
    shell: null,
    ignoresSigterm: false,
    startLog: '',
    entrypoint: [`/usr/local/bin/${name}`],
    cmd: [],
    sizeBytes: 30_000_000,
  });
}

/** `luksa/kubia` → `docker.io/luksa/kubia:latest`; `nginx:1.27` → `docker.io/library/nginx:1.27`. */
export function normalizeImageRef(ref: string): string {
  let r = ref.trim();
  const at = r.indexOf('@');
  if (at >= 0) r = r.slice(0, at);
  const firstSlash = r.indexOf('/');
  const first = firstSlash >= 0 ? r.slice(0, firstSlash) : '';
  const hasRegistry = firstSlash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasRegistry) r = `docker.io/${r.includes('/') ? r : `library/${r}`}`;
  const lastSlash = r.lastIndexOf('/');
  if (!r.slice(lastSlash).includes(':')) r += ':latest';
  return r;
}

const BY_REPO = new Map<string, ImageSpec>();
for (const img of IMAGES) BY_REPO.set(img.ref.replace(/:[^:/]+$/, ''), img);

/**
 * The image a reference names, or undefined if no registry has it. Any tag of a known
 * repository resolves to that image (the book's `luksa/kubia:v2` still behaves like kubia).
 */
export function lookupImage(ref: string): ImageSpec | undefined {
  const norm = normalizeImageRef(ref);
  const exact = IMAGES.find((i) => i.ref === norm);
  if (exact) return exact;
  const repo = norm.replace(/:[^:/]+$/, '');
  const base = BY_REPO.get(repo);
  return base ? { ...base, ref: norm } : undefined;
}

/**
 * The argv a container starts with, by the rules of the Kubernetes docs ("Define a Command and
 * Arguments for a Container", notes): `command` replaces the ENTRYPOINT and drops the CMD;
 * `args` alone replace the CMD and are passed to the ENTRYPOINT.
 */
export function containerArgv(c: { command?: readonly string[]; args?: readonly string[] }, image: ImageSpec): string[] {
  if (c.command?.length) return [...c.command, ...(c.args ?? [])];
  return [...image.entrypoint, ...(c.args?.length ? c.args : image.cmd)];
}

/**
 * The program the container's PID 1 ends up running: entrypoint wrappers that `exec "$@"`
 * (nginx's /docker-entrypoint.sh, curl's /entrypoint.sh, dumb-init) step aside for their arguments.
 */
export function execTarget(argv: readonly string[], image: ImageSpec): string[] {
  const [first, ...rest] = argv;
  switch (first) {
    case '/docker-entrypoint.sh':
      return rest;
    case '/usr/bin/dumb-init':
      return rest[0] === '--' ? rest.slice(1) : rest;
    case '/entrypoint.sh': {
      const head = rest[0] ?? '';
      const isCommand = head !== '' && !head.startsWith('-') && image.commands.includes(head.split('/').pop()!);
      return isCommand ? rest : ['curl', ...rest];
    }
    default:
      return [...argv];
  }
}
