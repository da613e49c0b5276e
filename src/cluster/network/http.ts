// HTTP messages as the simulated network carries them: plain values, no sockets.

export interface HttpRequest {
  method: string;
  /** The Host header value (may differ from the name resolved, e.g. with --resolve or ExternalName). */
  host: string;
  /** Path plus query, always starting with `/`. */
  path: string;
  headers: [string, string][];
  body: string;
  scheme: 'http' | 'https';
}

export interface HttpResponse {
  status: number;
  /** HTTP/1.1 reason phrase as the server sends it. */
  reason: string;
  headers: [string, string][];
  body: string;
}

export const REASONS: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** RFC 7231 IMF-fixdate: `Thu, 26 Nov 2026 09:00:01 GMT`. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} GMT`;
}

/** OpenSSL's ASN1_TIME_print layout: `Nov 26 09:00:00 2026 GMT` (day padded with a space). */
export function opensslDate(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

export function header(res: { headers: [string, string][] }, name: string): string | undefined {
  const n = name.toLowerCase();
  return res.headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

/** nginx's built-in error page (`ngx_http_special_response.c`), CRLF line ends, no version (server_tokens off). */
export function nginxErrorPage(status: number, nowMs: number, extra: [string, string][] = []): HttpResponse {
  const title = `${status} ${REASONS[status] ?? ''}`;
  const body = [`<html>`, `<head><title>${title}</title></head>`, `<body>`, `<center><h1>${title}</h1></center>`, `<hr><center>nginx</center>`, `</body>`, `</html>`, ''].join('\r\n');
  return {
    status,
    reason: REASONS[status] ?? '',
    headers: [['Date', httpDate(nowMs)], ['Content-Type', 'text/html'], ['Content-Length', String(Buffer.byteLength(body))], ['Connection', 'keep-alive'], ...extra],
    body,
  };
}
