// The programs that run inside containers, as far as the network can see them: which ports
// they listen on and what they answer. Their behaviour follows the real images (§11):
// luksa/kubia logs `Received request from <remoteAddress>` and answers `You've hit <pod>`;
// kubia-unhealthy fails from the 6th request on; nginx serves its welcome page.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { lookupImage } from '../images.js';
import { httpDate, nginxErrorPage, type HttpRequest, type HttpResponse } from './http.js';

export type AppId = 'kubia' | 'kubia-unhealthy' | 'nginx' | 'ingress-nginx' | 'coredns' | 'none';

/** Which program an image runs: the image catalogue's app id, or a guess from the name for images it lacks. */
export function appIdForImage(image: string | undefined): AppId {
  const spec = image ? lookupImage(image) : undefined;
  if (spec) return spec.app ?? 'none';
  const repo = (image ?? '').replace(/[:@].*$/, '').replace(/^(docker\.io\/)?(library\/)?/, '');
  if (/(^|\/)kubia-unhealthy$/.test(repo)) return 'kubia-unhealthy';
  if (/(^|\/)kubia(-[a-z0-9]+)?$/.test(repo) && !/dnsutils/.test(repo)) return 'kubia';
  if (/ingress-nginx\/controller/.test(repo)) return 'ingress-nginx';
  if (repo === 'nginx' || repo.endsWith('/nginx')) return 'nginx';
  if (/coredns/.test(repo)) return 'coredns';
  return 'none';
}

export interface AppContext {
  nowMs: number;
  pod: Readonly<Pod>;
  /** The source address the app's socket sees (after SNAT), IPv4. */
  clientIp: string;
  log(line: string): void;
  /** Per-container mutable state (request counters), kept by the Network. */
  state: Record<string, number>;
}

export interface App {
  /** TCP ports the program listens on. */
  ports: number[];
  /** For HTTP listeners. Non-HTTP ports (DNS) accept TCP but answer nothing useful. */
  http?(req: HttpRequest, ctx: AppContext): HttpResponse;
}

/** Node's http server: `writeHead(200)` then `end(body)` → chunked, keep-alive (Node 20 headers). */
function nodeResponse(status: number, reason: string, body: string, nowMs: number, head: boolean): HttpResponse {
  return { status, reason, headers: [['Date', httpDate(nowMs)], ['Connection', 'keep-alive'], ['Keep-Alive', 'timeout=5'], ['Transfer-Encoding', 'chunked']], body: head ? '' : body };
}

const kubia: App = {
  ports: [8080],
  http(req, ctx) {
    ctx.log(`Received request from ::ffff:${ctx.clientIp}`);
    return nodeResponse(200, 'OK', `You've hit ${ctx.pod.metadata!.name}\n`, ctx.nowMs, req.method === 'HEAD');
  },
};

const kubiaUnhealthy: App = {
  ports: [8080],
  http(req, ctx) {
    ctx.log(`Received request from ::ffff:${ctx.clientIp}`);
    ctx.state.requests = (ctx.state.requests ?? 0) + 1;
    if (ctx.state.requests > 5) return nodeResponse(500, 'Internal Server Error', "I'm not well. Please restart me!", ctx.nowMs, req.method === 'HEAD');
    return nodeResponse(200, 'OK', `You've hit ${ctx.pod.metadata!.name}\n`, ctx.nowMs, req.method === 'HEAD');
  },
};

export const NGINX_VERSION = '1.27.3';
export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** nginx access-log time: `26/Nov/2026:09:00:05 +0000`. */
function clfTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

const nginx: App = {
  ports: [80],
  http(req, ctx) {
    const path = req.path.replace(/\?.*$/, '');
    let res: HttpResponse;
    if (path === '/' || path === '/index.html') {
      res = {
        status: 200,
        reason: 'OK',
        headers: [
          ['Server', `nginx/${NGINX_VERSION}`],
          ['Date', httpDate(ctx.nowMs)],
          ['Content-Type', 'text/html'],
          ['Content-Length', String(NGINX_WELCOME.length)],
          ['Last-Modified', 'Tue, 26 Nov 2024 15:55:00 GMT'],
          ['Connection', 'keep-alive'],
          ['ETag', '"6745ef54-267"'],
          ['Accept-Ranges', 'bytes'],
        ],
        body: req.method === 'HEAD' ? '' : NGINX_WELCOME,
      };
    } else {
      res = nginxErrorPage(404, ctx.nowMs);
      res.body = res.body.replace('<center>nginx</center>', `<center>nginx/${NGINX_VERSION}</center>`);
      res.headers = [['Server', `nginx/${NGINX_VERSION}`], ...res.headers.map(([k, v]): [string, string] => [k, k === 'Content-Length' ? String(Buffer.byteLength(res.body)) : v])];
    }
    const ua = req.headers.find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '-';
    ctx.log(`${ctx.clientIp} - - [${clfTime(ctx.nowMs)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${req.method === 'HEAD' ? 0 : Buffer.byteLength(res.body)} "-" "${ua}" "-"`);
    return res;
  },
};

const APPS: Record<AppId, App> = {
  kubia,
  'kubia-unhealthy': kubiaUnhealthy,
  nginx,
  // The ingress controller's HTTP handling lives in ingress.ts; the Network routes to it.
  'ingress-nginx': { ports: [80, 443] },
  coredns: { ports: [53, 8080, 8181, 9153] },
  none: { ports: [] },
};

export function appFor(id: AppId): App {
  return APPS[id];
}
