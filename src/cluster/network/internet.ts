// A small simulated internet beyond the cluster: a few well-known names and the external
// hosts the document's selector-less service points at. Each host answers HTTP so a
// request leaving the cluster has somewhere honest to land.
import type { CertInfo } from './certs.js';
import { httpDate, nginxErrorPage, type HttpRequest, type HttpResponse } from './http.js';

export interface InternetHost {
  ip: string;
  names: string[];
  /** Ports that accept connections; others refuse. */
  ports: number[];
  /** Answers a request; `host` is the Host header the client sent. */
  answer(req: HttpRequest, nowMs: number): HttpResponse;
  /** Name on the certificate served on 443 (signed by a public CA the client trusts). */
  tlsName?: string;
}

const DAY = 86_400_000;
/**
 * A host's public certificate, issued 30 days before the session started and valid for 90:
 * anchored to the session's start, not a calendar date, so a session that starts on the wall
 * clock (`kubetour serve`) never meets an expired one.
 */
export function publicCert(name: string, sessionStartMs: number): CertInfo {
  return {
    subject: [['CN', name]],
    issuer: [['C', 'US'], ['O', "Let's Encrypt"], ['CN', 'R11']],
    notBefore: new Date(sessionStartMs - 30 * DAY),
    notAfter: new Date(sessionStartMs + 60 * DAY),
    dnsNames: [name],
    selfSigned: false,
  };
}

function text(body: string, nowMs: number, contentType = 'text/plain; charset=utf-8', status = 200): HttpResponse {
  return { status, reason: status === 200 ? 'OK' : 'Not Found', headers: [['Date', httpDate(nowMs)], ['Content-Type', contentType], ['Content-Length', String(Buffer.byteLength(body))]], body };
}

/** A virtual-hosted server: only requests naming one of its hosts get the page, others nginx's 404 (what an ExternalName's `Host: external-service` runs into). */
function virtualHost(names: string[], body: string, contentType: string) {
  return (req: HttpRequest, nowMs: number) => (names.includes(req.host.replace(/:\d+$/, '').toLowerCase()) ? text(body, nowMs, contentType) : nginxErrorPage(404, nowMs));
}

const EXAMPLE_PAGE = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>
</head>
<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
</div>
</body>
</html>
`;

export const INTERNET: InternetHost[] = [
  {
    ip: '203.0.113.10',
    names: ['api.somecompany.com'],
    ports: [80, 443],
    answer: virtualHost(['api.somecompany.com'], '{"service":"somecompany-api","status":"ok"}\n', 'application/json'),
    tlsName: 'api.somecompany.com',
  },
  { ip: '93.184.215.14', names: ['example.com', 'www.example.com'], ports: [80, 443], answer: virtualHost(['example.com', 'www.example.com'], EXAMPLE_PAGE, 'text/html; charset=UTF-8'), tlsName: 'example.com' },
  {
    ip: '142.250.76.132',
    names: ['www.google.com', 'google.com'],
    ports: [80, 443],
    answer: (_req, now) => text('<!doctype html><html><head><title>Google</title></head><body>Search</body></html>\n', now, 'text/html; charset=ISO-8859-1'),
    tlsName: 'www.google.com',
  },
  // The document's selector-less service sends traffic to these two addresses.
  { ip: '11.11.11.11', names: [], ports: [80], answer: (_req, now) => text('Hello from the external server at 11.11.11.11\n', now) },
  { ip: '22.22.22.22', names: [], ports: [80], answer: (_req, now) => text('Hello from the external server at 22.22.22.22\n', now) },
];

const byName = new Map<string, InternetHost>();
const byIp = new Map<string, InternetHost>();
for (const h of INTERNET) {
  byIp.set(h.ip, h);
  for (const n of h.names) byName.set(n, h);
}

export const internetHostByName = (name: string) => byName.get(name.toLowerCase().replace(/\.$/, ''));
export const internetHostByIp = (ip: string) => byIp.get(ip);
