// curl over the simulated network: its options, its messages and exit codes (§12), the -v
// transcript with CRLF header lines, the TLS lines with the real certificate's subject and
// dates, and the progress meter it writes to stderr when stdout is not a terminal. Each place
// has its image's curl build (curl-builds.ts): 7.88.1 (Debian 12, OpenSSL 3) on the laptop and
// in nginx, 8.x in curlimages/curl, and the kubia image's Debian 8 curl 7.38.0 with OpenSSL
// 1.0.1, whose messages differ.
import { OrderedOutput, type CommandContext, type OutputChunk, type RunResult, type ShellCommand } from '../../types.js';
import type { ConnectFailure, HttpExchange, HttpResponse } from '../../../cluster/network/network.js';
import { curlName } from '../../../cluster/network/certs.js';
import { header, opensslDate } from '../../../cluster/network/http.js';
import { absPath, clientOf, letTimePass, networkOf, placeImage, resolverOf } from './context.js';
import { curlBuildFor, type CurlBuild } from './curl-builds.js';
import { ConnectPhase } from './connect-phase.js';

const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";
/** How long Linux keeps retrying a SYN nobody answers (tcp_syn_retries=6) before curl gives up. */

interface Options {
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  insecure: boolean;
  include: boolean;
  head: boolean;
  location: boolean;
  fail: boolean;
  noProgress: boolean;
  version: boolean;
  headers: [string, string][];
  output?: string;
  writeOut?: string;
  method?: string;
  data?: string;
  userAgent?: string;
  maxTimeMs?: number;
  connectTimeoutMs?: number;
  resolve: Map<string, string>;
  urls: string[];
}

type ParseResult = { ok: true; o: Options } | { ok: false; r: RunResult };

const SHORT_FLAGS: Record<string, keyof Options> = { V: 'version', s: 'silent', S: 'showError', v: 'verbose', k: 'insecure', i: 'include', I: 'head', L: 'location', f: 'fail' };
const LONG_FLAGS: Record<string, keyof Options> = {
  silent: 'silent',
  'show-error': 'showError',
  verbose: 'verbose',
  insecure: 'insecure',
  include: 'include',
  head: 'head',
  location: 'location',
  fail: 'fail',
  'no-progress-meter': 'noProgress',
  version: 'version',
};
/** Accepted and ignored: they change nothing the simulation can show. */
const LONG_IGNORED = new Set(['compressed', 'http1.1', 'ipv4', 'tcp-nodelay', 'no-keepalive', 'no-buffer', 'globoff', 'fail-early', 'progress-bar']);
const SHORT_IGNORED = new Set(['4', 'N', 'g', '#']);
const SHORT_WITH_ARG: Record<string, string> = { H: 'header', o: 'output', w: 'write-out', X: 'request', d: 'data', m: 'max-time', A: 'user-agent' };
const LONG_WITH_ARG = new Set(['header', 'output', 'write-out', 'request', 'data', 'data-raw', 'data-binary', 'max-time', 'connect-timeout', 'resolve', 'user-agent', 'url']);

function usageError(msg: string): ParseResult {
  return { ok: false, r: { stdout: '', stderr: `curl: ${msg}\n${TRY_HELP}`, exitCode: 2 } };
}

function seconds(v: string, opt: string): number | ParseResult {
  if (!/^\d+(\.\d+)?$/.test(v)) return usageError(`option ${opt}: expected a proper numerical parameter`);
  return Math.round(Number(v) * 1000);
}

function parseArgs(args: string[]): ParseResult {
  const o: Options = { silent: false, showError: false, verbose: false, insecure: false, include: false, head: false, location: false, fail: false, noProgress: false, version: false, headers: [], resolve: new Map(), urls: [] };
  const withArg = (name: string, shown: string, v: string): ParseResult | undefined => {
    switch (name) {
      case 'header': {
        const i = v.indexOf(':');
        if (i > 0) o.headers.push([v.slice(0, i).trim(), v.slice(i + 1).trim()]);
        return;
      }
      case 'output':
        o.output = v;
        return;
      case 'write-out':
        o.writeOut = v;
        return;
      case 'request':
        o.method = v;
        return;
      case 'data':
      case 'data-raw':
      case 'data-binary':
        o.data = o.data === undefined ? v : `${o.data}&${v}`;
        return;
      case 'user-agent':
        o.userAgent = v;
        return;
      case 'url':
        o.urls.push(v);
        return;
      case 'max-time':
      case 'connect-timeout': {
        const ms = seconds(v, shown);
        if (typeof ms !== 'number') return ms;
        if (name === 'max-time') o.maxTimeMs = ms;
        else o.connectTimeoutMs = ms;
        return;
      }
      case 'resolve': {
        const m = /^([^:]+):(\d+):(.+)$/.exec(v);
        if (!m) return usageError(`option ${shown}: is badly used here`);
        o.resolve.set(`${m[1].toLowerCase()}:${m[2]}`, m[3].replace(/^\[|\]$/g, ''));
        return;
      }
    }
    return;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq > 0 ? eq : undefined);
      if (LONG_FLAGS[name]) {
        (o as any)[LONG_FLAGS[name]] = true;
        continue;
      }
      if (LONG_IGNORED.has(name)) continue;
      if (LONG_WITH_ARG.has(name)) {
        if (i + 1 >= args.length) return usageError(`option ${a}: requires parameter`);
        const r = withArg(name, a, args[++i]);
        if (r) return r;
        continue;
      }
      return usageError(`option ${a}: is unknown`);
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (SHORT_FLAGS[c]) {
          (o as any)[SHORT_FLAGS[c]] = true;
          continue;
        }
        if (SHORT_IGNORED.has(c)) continue;
        if (SHORT_WITH_ARG[c]) {
          let v = a.slice(j + 1);
          if (!v) {
            if (i + 1 >= args.length) return usageError(`option -${c}: requires parameter`);
            v = args[++i];
          }
          const r = withArg(SHORT_WITH_ARG[c], `-${c}`, v);
          if (r) return r;
          break;
        }
        return usageError(`option -${c}: is unknown`);
      }
      continue;
    }
    o.urls.push(a);
  }
  return { ok: true, o };
}

interface Url {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
}

/** curl's URL parser, as far as learners stray: missing scheme → http, bad hosts and ports → (3). */
function parseUrl(raw: string, build: CurlBuild): Url | { code: number; msg: string } {
  const bad = { code: 3, msg: build.legacy ? '<url> malformed' : 'URL using bad/illegal format or missing URL' };
  // Control characters (a newline inside quotes) make curl's URL parser give up.
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return bad;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/s.exec(raw);
  let scheme = 'http';
  let rest = raw;
  if (m) {
    scheme = m[1].toLowerCase();
    rest = m[2];
  }
  if (scheme !== 'http' && scheme !== 'https') return { code: 1, msg: `Protocol "${m![1]}" not supported or disabled in libcurl` };
  const slash = rest.search(/[/?#]/);
  let authority = slash < 0 ? rest : rest.slice(0, slash);
  let path = slash < 0 ? '/' : rest.slice(slash);
  path = path.replace(/#.*$/, '');
  if (path.startsWith('?')) path = `/${path}`;
  authority = authority.replace(/^.*@/, '');
  const hp = /^([^:]*)(?::(.*))?$/s.exec(authority);
  if (!hp) return bad;
  const host = hp[1];
  if (!host || /[\s<>"{}|\\^`]/.test(host)) return bad;
  let port = scheme === 'https' ? 443 : 80;
  if (hp[2] !== undefined && hp[2] !== '') {
    if (!/^\d+$/.test(hp[2]) || Number(hp[2]) > 65535) return bad;
    port = Number(hp[2]);
  }
  return { scheme: scheme as Url['scheme'], host, port, path: path || '/' };
}

// ---------------------------------------------------------------------------- progress meter

function max5(n: number): string {
  if (n < 100000) return String(n).padStart(5, ' ');
  if (n < 10000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4, ' ')}k`;
  if (n < 100 * 1048576) return `${String(Math.floor(n / 1048576)).padStart(2, ' ')}.${Math.floor((n % 1048576) / 104857.6)}M`;
  return `${String(Math.floor(n / 1048576)).padStart(4, ' ')}M`;
}

function time2str(s: number): string {
  if (s <= 0) return '--:--:--';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${String(h).padStart(2, ' ')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

const METER_HEAD = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

function meterLine(received: number, known: number | undefined, speed: number, spentS: number): string {
  const total = known ?? received;
  const totalPct = total > 0 ? Math.floor((received * 100) / total) : 0;
  const dlPct = known ? Math.floor((received * 100) / known) : 0;
  const p3 = (n: number) => String(n).padStart(3, ' ');
  return `\r${p3(totalPct)} ${max5(total)}  ${p3(dlPct)} ${max5(received)}  ${p3(0)} ${max5(0)}  ${max5(speed)}  ${max5(0)} --:--:-- ${time2str(spentS)} --:--:-- ${max5(speed)}`;
}

// ---------------------------------------------------------------------------- the command

const CRLF = '\r\n';
/** Simulated duration of a successful in-cluster transfer (drives the meter's speeds). */
const TRANSFER_MS = 2;

/** Raw bytes on the wire for a body (chunked framing included), as curl's `{ [N bytes data]` counts them. */
function wireBytes(res: HttpResponse): number {
  const len = Buffer.byteLength(res.body);
  if (header(res, 'Transfer-Encoding') === 'chunked') return len ? len.toString(16).length + 2 + len + 2 + 5 : 5;
  return len;
}

class Transcript {
  err = '';
  meterShown = false;
  constructor(
    readonly o: Options,
    readonly tty: boolean,
    readonly build: CurlBuild,
  ) {}
  get meter(): boolean {
    return !this.o.silent && !this.o.noProgress && !this.tty && this.o.output !== '-';
  }
  get dataLines(): boolean {
    return this.o.verbose && !this.tty;
  }
  info(line: string): void {
    if (this.o.verbose) this.err += `* ${line}\n`;
  }
  sent(line: string): void {
    if (this.o.verbose) this.err += `> ${line}${CRLF}`;
  }
  recv(line: string): void {
    if (this.o.verbose) this.err += `< ${line}${CRLF}`;
  }
  data(dir: 'in' | 'out', n: number): void {
    // curl 7.38 did not count the bytes yet.
    if (this.dataLines) this.err += `${dir === 'in' ? '{' : '}'} [${this.build.legacy ? 'data not shown' : `${n} bytes data`}]\n`;
  }
  meterStart(): void {
    if (this.meter && !this.meterShown) {
      this.err += `${METER_HEAD}${meterLine(0, undefined, 0, 0)}`;
      this.meterShown = true;
    }
  }
  /** The meter's once-a-second lines while nothing moves, from one elapsed time to another. */
  meterWait(toMs: number, fromMs = 0): void {
    if (!this.meter) return;
    for (let s = Math.floor(fromMs / 1000) + 1; s * 1000 <= toMs; s++) this.err += meterLine(0, undefined, 0, s);
  }
  meterDone(received: number, known: number | undefined): void {
    if (!this.meter) return;
    const speed = Math.floor((received * 1000) / TRANSFER_MS);
    this.err += `${meterLine(received, known, speed, 0)}\n`;
  }
  /**
   * When a connection existed, curl's multi_done forces a last meter update and ends the
   * line before the connection is closed; a failed name lookup never gets there.
   */
  meterEnd(spentMs = 0): void {
    // curl 7.38 did not: its error message follows the last meter line on the same line.
    if (this.meter && this.meterShown && !this.build.legacy) this.err += `${meterLine(0, undefined, 0, Math.floor(spentMs / 1000))}\n`;
  }
  error(code: number, msg: string, extra = ''): number {
    if (!this.o.silent || this.o.showError) this.err += `curl: (${code}) ${msg}\n${extra}`;
    return code;
  }
}

const VERIFY_HELP = `More details here: https://curl.se/docs/sslcerts.html

curl failed to verify the legitimacy of the server and therefore could not
establish a secure connection to it. To learn more about this situation and
how to fix it, please visit the web page mentioned above.
`;

/** curl 7.38's text after a failed verification (tool_operate.c, CURL_CA_CERT_ERRORMSG2). */
const VERIFY_HELP_7_38 = `More details here: http://curl.haxx.se/docs/sslcerts.html

curl performs SSL certificate verification by default, using a "bundle"
 of Certificate Authority (CA) public keys (CA certs). If the default
 bundle file isn't adequate, you can specify an alternate file
 using the --cacert option.
If this HTTPS server uses a certificate signed by a CA represented in
 the bundle, the certificate verification probably failed due to a
 problem with the certificate (it might be expired, or the name might
 not match the domain name in the URL).
If you'd like to turn off curl's verification of the certificate, use
 the -k (or --insecure) option.
`;

/** `2026-11-26 09:00:00 GMT`: how curl 7.38's OpenSSL backend printed certificate dates. */
function asn1Date(d: Date): string {
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} GMT`;
}

/** curl 7.38 with OpenSSL 1.0.1: a TLS 1.2 handshake traced as `SSLv3, …` records. */
function legacyTlsLines(tr: Transcript, x: HttpExchange, host: string): void {
  tr.info('successfully set certificate verify locations:');
  tr.info('  CAfile: none\n  CApath: /etc/ssl/certs');
  tr.info('SSLv3, TLS handshake, Client hello (1):');
  tr.data('out', 512);
  if (x.failure === 'tls-not-tls') return;
  const tls = x.tls!;
  tr.info('SSLv3, TLS handshake, Server hello (2):');
  tr.data('in', 98);
  tr.info('SSLv3, TLS handshake, CERT (11):');
  tr.data('in', 801);
  if (x.failure === 'tls-verify') {
    tr.info('SSLv3, TLS alert, Server hello (2):');
    tr.data('out', 2);
    tr.info(`SSL certificate problem: ${tls.verifyError!.text}`);
    return;
  }
  for (const line of ['SSLv3, TLS handshake, Server key exchange (12):', 'SSLv3, TLS handshake, Server finished (14):', 'SSLv3, TLS handshake, Client key exchange (16):', 'SSLv3, TLS change cipher, Client hello (1):', 'SSLv3, TLS handshake, Finished (20):', 'SSLv3, TLS change cipher, Client hello (1):', 'SSLv3, TLS handshake, Finished (20):']) {
    tr.info(line);
    tr.data(line.includes('Client') ? 'out' : 'in', 16);
  }
  tr.info('SSL connection using TLSv1.2 / ECDHE-RSA-AES256-GCM-SHA384');
  tr.info('Server certificate:');
  tr.info(`\t subject: ${curlName(tls.cert.subject)}`);
  tr.info(`\t start date: ${asn1Date(tls.cert.notBefore)}`);
  tr.info(`\t expire date: ${asn1Date(tls.cert.notAfter)}`);
  if (!tls.verifyError && !tls.hostMismatch && tls.cert.dnsNames.length) tr.info(`\t subjectAltName: ${host} matched`);
  if (x.failure === 'tls-hostname') {
    tr.info(`SSL: no alternative certificate subject name matches target host name '${host}'`);
    return;
  }
  tr.info(`\t issuer: ${curlName(tls.cert.issuer)}`);
  tr.info(tls.verifyError ? `\t SSL certificate verify result: ${tls.verifyError.text.replace('self-signed', 'self signed')} (${tls.verifyError.code}), continuing anyway.` : '\t SSL certificate verify ok.');
}

function tlsLines(tr: Transcript, x: HttpExchange, o: Options, host: string): void {
  if (tr.build.legacy) return legacyTlsLines(tr, x, host);
  tr.info('ALPN: offers h2,http/1.1');
  tr.info('TLSv1.3 (OUT), TLS handshake, Client hello (1):');
  tr.data('out', 512);
  if (!o.insecure) {
    tr.info(' CAfile: /etc/ssl/certs/ca-certificates.crt');
    tr.info(' CApath: /etc/ssl/certs');
  }
  if (x.failure === 'tls-not-tls') return;
  const tls = x.tls!;
  tr.info('TLSv1.3 (IN), TLS handshake, Server hello (2):');
  tr.data('in', 122);
  tr.info('TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):');
  tr.data('in', 15);
  tr.info('TLSv1.3 (IN), TLS handshake, Certificate (11):');
  tr.data('in', 801);
  if (x.failure === 'tls-verify') {
    tr.info('TLSv1.3 (OUT), TLS alert, unknown CA (560):');
    tr.data('out', 2);
    tr.info(`SSL certificate problem: ${tls.verifyError!.text}`);
    return;
  }
  tr.info('TLSv1.3 (IN), TLS handshake, CERT verify (15):');
  tr.data('in', 264);
  tr.info('TLSv1.3 (IN), TLS handshake, Finished (20):');
  tr.data('in', 52);
  tr.info('TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):');
  tr.data('out', 1);
  tr.info('TLSv1.3 (OUT), TLS handshake, Finished (20):');
  tr.data('out', 52);
  tr.info('SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384');
  tr.info('ALPN: server accepted http/1.1');
  tr.info('Server certificate:');
  tr.info(` subject: ${curlName(tls.cert.subject)}`);
  tr.info(` start date: ${opensslDate(tls.cert.notBefore)}`);
  tr.info(` expire date: ${opensslDate(tls.cert.notAfter)}`);
  if (!tls.verifyError && !tls.hostMismatch && tls.cert.dnsNames.length) tr.info(` subjectAltName: host "${host}" matched cert's "${tls.cert.dnsNames.find((n) => n.toLowerCase() === host.toLowerCase()) ?? tls.cert.dnsNames[0]}"`);
  if (x.failure === 'tls-hostname') {
    tr.info(` subjectAltName does not match ${host}`);
    tr.info(`SSL: no alternative certificate subject name matches target host name '${host}'`);
    return;
  }
  tr.info(` issuer: ${curlName(tls.cert.issuer)}`);
  tr.info(tls.verifyError ? ` SSL certificate verify result: ${tls.verifyError.text} (${tls.verifyError.code}), continuing anyway.` : ' SSL certificate verify ok.');
  tr.info('using HTTP/1.1');
}

function writeOut(fmt: string, v: Record<string, string>): string {
  return fmt
    .replace(/%\{(\w+)\}/g, (_m, k: string) => v[k] ?? '')
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\r/g, '\r')
    .replace(/%%/g, '%');
}

async function runCurl(ctx: CommandContext): Promise<RunResult> {
  const parsed = parseArgs(ctx.args);
  if (!parsed.ok) return parsed.r;
  const o = parsed.o;
  const build = curlBuildFor(placeImage(ctx));
  if (o.version) return { stdout: build.versionText, stderr: '', exitCode: 0 };
  // curl 7.38 said so before pointing at --help; later releases only point.
  if (o.urls.length === 0) return { stdout: '', stderr: `${build.legacy ? 'curl: no URL specified!\n' : ''}${TRY_HELP}`, exitCode: 2 };
  const legacy = build.legacy;
  const net = networkOf(ctx);
  const client = clientOf(ctx);
  const resolver = await resolverOf(ctx);
  const tr = new Transcript(o, ctx.tty, build);
  let exit = 0;
  let connNo = 0;
  let waitedMs = 0;
  /** stdout in order: response bodies (or -o's file content) and -w output. */
  const segments: Segment[] = [];
  const out = (kind: 'body' | 'w', text: string) => void (text && segments.push({ kind, text, errAt: tr.err.length }));

  for (const rawUrl of o.urls) {
    let url = parseUrl(rawUrl, build);
    if ('code' in url) {
      exit = tr.error(url.code, url.msg);
      continue;
    }
    let redirects = 0;
    for (;;) {
      const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
      const hostHeader = (url.scheme === 'http' && url.port === 80) || (url.scheme === 'https' && url.port === 443) ? url.host : `${url.host}:${url.port}`;
      // curl 7.38 sent User-Agent before Host.
      const ua: [string, string] = ['User-Agent', o.userAgent ?? `curl/${build.version}`];
      const reqHeaders: [string, string][] = legacy ? [ua, ['Host', hostHeader], ['Accept', '*/*']] : [['Host', hostHeader], ua, ['Accept', '*/*']];
      for (const [k, v] of o.headers) {
        const i = reqHeaders.findIndex(([rk]) => rk.toLowerCase() === k.toLowerCase());
        if (i >= 0) {
          if (v === '') reqHeaders.splice(i, 1);
          else reqHeaders[i] = [k, v];
        } else if (v !== '') reqHeaders.push([k, v]);
      }
      if (o.data !== undefined) {
        reqHeaders.push(['Content-Length', String(Buffer.byteLength(o.data))]);
        if (!reqHeaders.some(([k]) => k.toLowerCase() === 'content-type')) reqHeaders.push(['Content-Type', 'application/x-www-form-urlencoded']);
      }
      tr.meterStart();
      const limits = [o.connectTimeoutMs, o.maxTimeMs].filter((v): v is number => v !== undefined);
      const phase = new ConnectPhase(legacy, limits.length ? Math.min(...limits) : undefined, url.port);
      const tryNext = (f: { ip: string; failure: ConnectFailure; last: boolean }) => phase.failed(f.ip, f.failure, f.last);
      const x = net.httpExchange({ client, resolver, scheme: url.scheme, host: url.host, port: url.port, path: url.path, method, headers: reqHeaders, body: o.data ?? '', pinned: o.resolve, insecure: o.insecure, tryNext });
      const conn = connNo++;
      if (x.failure === 'resolve') {
        if (o.resolve.size) tr.info(`Added ${[...o.resolve.entries()].map(([k, v]) => `${k}:${v}`).join(', ')} to DNS cache`);
        tr.info(`Could not resolve host: ${url.host}`);
        tr.info(`Closing connection ${conn}`);
        exit = tr.error(6, `Could not resolve host: ${url.host}`);
        break;
      }
      if (x.resolved?.source === 'literal' && o.resolve.has(`${url.host.toLowerCase()}:${url.port}`)) {
        tr.info(`Added ${url.host}:${url.port}:${x.ip} to DNS cache`);
        tr.info(`Hostname ${url.host} was found in DNS cache`);
      }
      if (legacy) {
        if (redirects === 0 && !/[/?#]/.test(rawUrl.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, ''))) tr.info(`Rebuilt URL to: ${url.scheme}://${hostHeader}/`);
        tr.info('Hostname was NOT found in DNS cache');
      }
      let metered = 0;
      for (const e of phase.events) {
        if (typeof e === 'string') tr.info(e);
        else {
          tr.meterWait(e, metered);
          metered = e;
        }
      }
      waitedMs += phase.elapsedMs;
      const ms = phase.elapsedMs;
      if (x.failure === 'refused' || x.failure === 'timeout') {
        let msg: string;
        let code: number;
        if (phase.outOfTime) {
          // curl's own limit ends the connect phase with (28); 7.38's multi.c words it one way.
          code = 28;
          if (legacy || (o.maxTimeMs !== undefined && ms === o.maxTimeMs && (o.connectTimeoutMs === undefined || o.maxTimeMs < o.connectTimeoutMs))) msg = `Connection timed out after ${ms} milliseconds`;
          else if (limits.length) msg = `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Timeout was reached`;
          else msg = `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server`;
        } else if (legacy) {
          // Every address failed before the time ran out: CURLE_COULDNT_CONNECT with the last errno.
          code = 7;
          msg = `Failed to connect to ${url.host} port ${url.port}: ${phase.lastError}`;
        } else {
          code = x.failure === 'refused' ? 7 : 28;
          msg = `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server`;
        }
        tr.info(msg);
        tr.meterEnd(ms);
        tr.info(`Closing connection ${conn}`);
        exit = tr.error(code, msg);
        break;
      }
      tr.info(legacy ? `  Trying ${x.ip}...` : `  Trying ${x.ip}:${url.port}...`);
      tr.info(`Connected to ${url.host} (${x.ip}) port ${url.port} (#${conn})`);
      if (url.scheme === 'https') {
        tlsLines(tr, x, o, url.host);
        if (x.failure === 'tls-not-tls') {
          const msg = legacy ? 'error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol' : 'error:0A00010B:SSL routines::wrong version number';
          tr.info(msg);
          tr.meterEnd();
          tr.info(`Closing connection ${conn}`);
          exit = tr.error(35, msg);
          break;
        }
        if (x.failure === 'tls-verify' || x.failure === 'tls-hostname') {
          tr.meterEnd();
          tr.info(`Closing connection ${conn}`);
          const verifyText = legacy ? x.tls?.verifyError?.text.replace('self-signed', 'self signed') : x.tls?.verifyError?.text;
          const msg = x.failure === 'tls-verify' ? `SSL certificate problem: ${verifyText}` : `SSL: no alternative certificate subject name matches target host name '${url.host}'`;
          // curl 7.38 reported a host name mismatch as CURLE_PEER_FAILED_VERIFICATION (51), without the help text.
          if (legacy && x.failure === 'tls-hostname') exit = tr.error(51, msg);
          else exit = tr.error(60, msg, legacy ? VERIFY_HELP_7_38 : VERIFY_HELP);
          break;
        }
      }
      tr.sent(`${method} ${url.path} HTTP/1.1`);
      for (const [k, v] of reqHeaders) tr.sent(`${k}: ${v}`);
      tr.sent('');
      if (o.data !== undefined) tr.data('out', Buffer.byteLength(o.data));
      if (url.scheme === 'https' && !legacy) {
        tr.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
        tr.data('in', 233);
        tr.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
        tr.data('in', 233);
        tr.info('old SSL session ID is stale, removing');
      }
      const res = x.response;
      if (!res) {
        tr.info('Empty reply from server');
        tr.meterEnd();
        tr.info(`Closing connection ${conn}`);
        exit = tr.error(52, 'Empty reply from server');
        break;
      }
      const statusLine = `HTTP/1.1 ${res.status} ${res.reason}`;
      tr.recv(statusLine);
      for (const [k, v] of res.headers) tr.recv(`${k}: ${v}`);
      tr.recv('');
      const failed = o.fail && res.status >= 400;
      const location = header(res, 'Location');
      const follow = o.location && location !== undefined && res.status >= 300 && res.status < 400 && redirects < 50;
      if (follow && res.body) tr.info('Ignoring the response-body');
      if (!failed) {
        if (o.include || o.head) out('body', `${statusLine}${CRLF}${res.headers.map(([k, v]) => `${k}: ${v}${CRLF}`).join('')}${CRLF}`);
        if (res.body) tr.data('in', wireBytes(res));
        if (!follow) out('body', res.body);
      }
      const known = header(res, 'Content-Length');
      tr.meterDone(failed ? 0 : Buffer.byteLength(res.body), known !== undefined ? Number(known) : undefined);
      if (follow && location) {
        const next = parseUrl(location.startsWith('/') ? `${url.scheme}://${hostHeader}${location}` : location, build);
        tr.info(`Connection #${conn} to host ${url.host} left intact`);
        if ('code' in next) {
          exit = tr.error(next.code, next.msg);
          break;
        }
        tr.info(`Issue another request to this URL: '${location}'`);
        url = next;
        redirects++;
        continue;
      }
      if (failed) {
        // curl 7.38's print_http_error quoted the status line's code and reason.
        const msg = `The requested URL returned error: ${legacy ? `${res.status} ${res.reason}` : res.status}`;
        tr.info(msg);
        tr.info(`Closing connection ${conn}`);
        exit = tr.error(22, msg);
        break;
      }
      tr.info(`Connection #${conn} to host ${url.host} left intact`);
      if (o.writeOut !== undefined) {
        out('w', writeOut(o.writeOut, { http_code: String(res.status).padStart(3, '0'), response_code: String(res.status), remote_ip: x.ip ?? '', remote_port: String(url.port), url_effective: `${url.scheme}://${hostHeader}${url.path}`, size_download: String(Buffer.byteLength(res.body)), content_type: header(res, 'Content-Type') ?? '', num_connects: '1', time_total: '0.002000', time_connect: '0.000500', scheme: url.scheme.toUpperCase(), method }));
      }
      break;
    }
    if (exit !== 0 && o.writeOut !== undefined) out('w', writeOut(o.writeOut, { http_code: '000', response_code: '0', remote_ip: '', remote_port: '0', size_download: '0', num_connects: '0', time_total: (waitedMs / 1000).toFixed(6) }));
  }
  const stdout = await emitOutput(ctx, o, tr, segments);
  letTimePass(ctx, waitedMs);
  const chunks = !o.output || o.output === '-' ? terminalOrder(segments, tr.err) : undefined;
  return chunks ? { stdout, stderr: tr.err, exitCode: exit, chunks } : { stdout, stderr: tr.err, exitCode: exit };
}

/** One write to stdout, and how much had gone to stderr by then. */
interface Segment {
  kind: 'body' | 'w';
  text: string;
  errAt: number;
}

/**
 * With -v (or the progress meter) the request lines come before the body and the closing
 * lines after it, as on a terminal. Undefined when stdout simply precedes stderr.
 */
function terminalOrder(segments: Segment[], err: string): OutputChunk[] | undefined {
  const ordered = new OrderedOutput();
  let at = 0;
  for (const seg of segments) {
    ordered.write(2, err.slice(at, seg.errAt));
    at = seg.errAt;
    ordered.write(1, seg.text);
  }
  ordered.write(2, err.slice(at));
  return ordered.interleaved();
}

/** Writes bodies to -o FILE and returns what goes to stdout. */
async function emitOutput(ctx: CommandContext, o: Options, tr: Transcript, segments: Segment[]): Promise<string> {
  if (!o.output || o.output === '-') return segments.map((s) => s.text).join('');
  const body = segments.filter((s) => s.kind === 'body').map((s) => s.text).join('');
  if (o.output !== '/dev/null' && segments.some((s) => s.kind === 'body')) {
    try {
      await ctx.fs.writeFile(absPath(ctx.cwd, o.output), body);
    } catch {
      tr.error(23, 'Failure writing output to destination');
    }
  }
  return segments.filter((s) => s.kind === 'w').map((s) => s.text).join('');
}

export const curlCommand: ShellCommand = { name: 'curl', run: runCurl };
