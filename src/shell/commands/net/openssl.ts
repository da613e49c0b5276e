// openssl (3.0, Debian 12) for the certificate exercise: `genrsa`, `req -new -x509`,
// `x509 -noout -text|-subject|-issuer|-dates|-fingerprint`, `rsa -check`, `version`.
// Keys and certificates are real (node:crypto keys, @peculiar/x509 certificates) and live in
// the place's virtual filesystem. Validity dates come from the virtual clock and serial
// numbers from the session's seeded RNG, so everything printed is deterministic; only the
// key bytes (node:crypto RSA keygen cannot be seeded) differ from run to run.
import { createHash, createPrivateKey, createPublicKey, generateKeyPair, webcrypto, type KeyObject } from 'node:crypto';
import { raceAbort } from '../../interrupt.js';
import type { CommandContext, RunResult, ShellCommand } from '../../types.js';
import type { x509 as X509 } from '../../../cluster/network/x509.js';
import { opensslName, parseCertificate } from '../../../cluster/network/certs.js';
import { opensslDate } from '../../../cluster/network/http.js';
import { absPath, nowOf, readText } from './context.js';

const VERSION_LINE = 'OpenSSL 3.0.15 3 Sep 2024 (Library: OpenSSL 3.0.15 3 Sep 2024)';
/** OpenSSL prefixes error-stack lines with the thread id; any fixed value keeps output stable. */
const TID = '40E7B5F7A27F0000';
const RSA_ALG = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

const ok = (stdout = '', stderr = ''): RunResult => ({ stdout, stderr, exitCode: 0 });
const fail = (stderr: string): RunResult => ({ stdout: '', stderr, exitCode: 1 });

function unknownOption(prog: string, opt: string): RunResult {
  return fail(`${prog}: Unknown option: ${opt}\n${prog}: Use -help for summary.\n`);
}

function cannotOpen(what: string, file: string): RunResult {
  return fail(
    `Could not open file or uri for loading ${what} from ${file}\n` +
      `${TID}:error:16000069:STORE routines:ossl_store_get0_loader_int:unregistered scheme:../crypto/store/store_register.c:237:scheme=file\n` +
      `${TID}:error:80000002:system library:file_open:No such file or directory:../providers/implementations/storemgmt/file_store.c:267:calling stat(${file})\n`,
  );
}

/** Reads option arguments the OpenSSL way: `-opt value`; flags listed in `flags` take none. */
function parseOpts(prog: string, args: string[], withValue: string[], flags: string[]): { opts: Map<string, string>; order: string[]; rest: string[] } | RunResult {
  const opts = new Map<string, string>();
  const order: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') {
      rest.push(a);
      continue;
    }
    const name = a.replace(/^--?/, '');
    if (withValue.includes(name)) {
      if (i + 1 >= args.length) return fail(`${prog}: Option -${name} needs a value\n${prog}: Use -help for summary.\n`);
      opts.set(name, args[++i]);
    } else if (flags.includes(name)) opts.set(name, '');
    else return unknownOption(prog, a);
    order.push(name);
  }
  return { opts, order, rest };
}

const isResult = (x: unknown): x is RunResult => typeof x === 'object' && x !== null && 'exitCode' in x;

async function writeFile(ctx: CommandContext, file: string, content: string): Promise<RunResult | undefined> {
  try {
    await ctx.fs.writeFile(absPath(ctx.cwd, file), content);
    return undefined;
  } catch {
    return fail(`Could not open file or uri for writing ${file}\n`);
  }
}

// ---------------------------------------------------------------------------- genrsa

async function genrsa(ctx: CommandContext, args: string[]): Promise<RunResult> {
  const p = parseOpts('genrsa', args, ['out', 'passout', 'primes'], ['aes128', 'aes256', 'des3', 'traditional', 'verbose', 'quiet', '3', 'F4']);
  if (isResult(p)) return p;
  const bits = p.rest[0] ?? '2048';
  if (!/^\d+$/.test(bits) || p.rest.length > 1) return fail(`genrsa: Extra arguments given.\ngenrsa: Use -help for summary.\n`);
  if (Number(bits) < 512) return fail(`Warning: It is not recommended to use less than 2048 bits for RSA keys.\n         Your key size is ${bits}! Larger key size may behave not as expected.\n${TID}:error:1C8000D4:Provider routines:rsa_gen_set_params:key size too small:../providers/implementations/keymgmt/rsa_kmgmt.c:507:\n`);
  const warn = Number(bits) < 2048 ? `Warning: It is not recommended to use less than 2048 bits for RSA keys.\n         Your key size is ${bits}! Larger key size may behave not as expected.\n` : Number(bits) > MAX_RSA_BITS ? tooLargeWarning(bits) : '';
  const privateKey = await generateRsa(Number(bits), ctx.signal);
  if (!privateKey) return { stdout: '', stderr: warn, exitCode: 130 };
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const out = p.opts.get('out');
  if (!out) return ok(pem, warn);
  const err = await writeFile(ctx, out, pem);
  return err ?? ok('', warn);
}

// ---------------------------------------------------------------------------- keys

/**
 * OpenSSL warns above this size and then tries anyway; a modulus much larger takes it hours
 * (here: until Ctrl-C or a time budget stops it, without spending the CPU).
 */
const MAX_RSA_BITS = 16384;

function tooLargeWarning(bits: string): string {
  return `Warning: It is not recommended to use more than ${MAX_RSA_BITS} bit for RSA keys.\n         Your key size is ${bits}! Larger key size may behave not as expected.\n`;
}

/**
 * An RSA key generated off the event loop (libuv's thread pool), so Ctrl-C is read while it
 * runs; undefined when the line was interrupted first (a started generation finishes in the
 * background and is dropped).
 */
async function generateRsa(bits: number, signal?: AbortSignal): Promise<KeyObject | undefined> {
  if (bits > MAX_RSA_BITS) {
    return raceAbort(new Promise<KeyObject | undefined>(() => undefined), signal, () => undefined);
  }
  const key = new Promise<KeyObject | undefined>((resolve, reject) => {
    generateKeyPair('rsa', { modulusLength: bits, publicExponent: 65537 }, (err, _pub, priv) => (err ? reject(err) : resolve(priv)));
  });
  return raceAbort(key, signal, () => undefined);
}

async function loadKey(ctx: CommandContext, file: string): Promise<KeyObject | RunResult> {
  const text = await readText(ctx.fs, absPath(ctx.cwd, file));
  if (text === undefined) return cannotOpen('private key', file);
  try {
    if (!/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(text)) throw new Error('no key');
    return createPrivateKey(text);
  } catch {
    return fail(`Could not read private key from ${file}\n`);
  }
}

type KeyPair = Parameters<typeof X509.X509CertificateGenerator.createSelfSigned>[0]['keys'];

async function cryptoKeys(priv: KeyObject): Promise<KeyPair> {
  const pub = createPublicKey(priv);
  const privateKey = await webcrypto.subtle.importKey('pkcs8', priv.export({ type: 'pkcs8', format: 'der' }), RSA_ALG, true, ['sign']);
  const publicKey = await webcrypto.subtle.importKey('spki', pub.export({ type: 'spki', format: 'der' }), RSA_ALG, true, ['verify']);
  return { privateKey, publicKey } as unknown as KeyPair;
}

/** `/C=US/O=Acme/CN=kubia.example.com` → RDNs in order; undefined when not in that format. */
function parseSubj(subj: string): [string, string][] | undefined {
  if (!subj.startsWith('/')) return undefined;
  const out: [string, string][] = [];
  for (const part of subj.slice(1).split(/(?<!\\)\//)) {
    if (!part) continue;
    const i = part.indexOf('=');
    if (i <= 0) return undefined;
    out.push([part.slice(0, i), part.slice(i + 1).replace(/\\(.)/g, '$1')]);
  }
  return out;
}

// ---------------------------------------------------------------------------- req

interface SessionRng {
  cluster: { rng: { fork(label: string): { int(a: number, b: number): number } } };
}

/** @peculiar/x509, loaded the first time a certificate is made or shown in full. */
const loadX509 = async (): Promise<typeof X509> => (await import('../../../cluster/network/x509.js')).x509;

async function req(ctx: CommandContext, args: string[]): Promise<RunResult> {
  const p = parseOpts('req', args, ['key', 'out', 'days', 'subj', 'newkey', 'keyout', 'in', 'config', 'set_serial', 'addext', 'passout', 'passin'], ['new', 'x509', 'nodes', 'noenc', 'batch', 'sha256', 'text', 'noout', 'verbose', 'utf8']);
  if (isResult(p)) return p;
  const o = p.opts;
  // (openssl checks option values as it reads them: before it makes a key.)
  const days = Number(o.get('days') ?? '30');
  if (!Number.isInteger(days) || days < 0) return fail(`req: Invalid number "${o.get('days')}" for option -days\nreq: Use -help for summary.\n`);
  let priv: KeyObject;
  let keyNote = '';
  if (o.has('key')) {
    const k = await loadKey(ctx, o.get('key')!);
    if (isResult(k)) return k;
    priv = k;
  } else {
    const spec = o.get('newkey') ?? 'rsa:2048';
    const m = /^rsa:(\d+)$/.exec(spec);
    if (!m) return fail(`req: Unknown algorithm ${spec}\n`);
    const generated = await generateRsa(Number(m[1]), ctx.signal);
    if (!generated) return { stdout: '', stderr: Number(m[1]) > MAX_RSA_BITS ? tooLargeWarning(m[1]) : '', exitCode: 130 };
    priv = generated;
    const keyPem = priv.export({ type: 'pkcs8', format: 'pem' }) as string;
    const keyout = o.get('keyout') ?? 'privkey.pem';
    const err = await writeFile(ctx, keyout, keyPem);
    if (err) return err;
    keyNote = '-----\n';
  }
  const subj = o.get('subj');
  const rdns = subj !== undefined ? parseSubj(subj) : [['C', 'AU'], ['ST', 'Some-State'], ['O', 'Internet Widgits Pty Ltd']] as [string, string][];
  if (!rdns) {
    return fail(`req: name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: '${subj}'\nreq: Error making certificate request\n`);
  }
  const now = nowOf(ctx);
  const x509 = await loadX509();
  const keys = await cryptoKeys(priv);
  const prompts = subj === undefined ? 'You are about to be asked to enter information that will be incorporated\ninto your certificate request.\nWhat you are about to enter is what is called a Distinguished Name or a DN.\nThere are quite a few fields but you can leave some blank\nFor some fields there will be a default value,\nIf you enter \'.\', the field will be left blank.\n-----\nCountry Name (2 letter code) [AU]:State or Province Name (full name) [Some-State]:Locality Name (eg, city) []:Organization Name (eg, company) [Internet Widgits Pty Ltd]:Organizational Unit Name (eg, section) []:Common Name (e.g. server FQDN or YOUR name) []:Email Address []:' : '';
  if (!o.has('x509')) {
    // A certificate signing request (what a CA would sign), not a certificate.
    const csr = await x509.Pkcs10CertificateRequestGenerator.create({ name: new x509.Name(rdns.map(([k, v]) => ({ [k]: [v] }))), keys, signingAlgorithm: RSA_ALG });
    const csrPem = `${csr.toString('pem').replace(/\r\n/g, '\n').trimEnd()}\n`;
    const csrOut = o.get('out');
    if (!csrOut) return ok(csrPem, keyNote + prompts);
    return (await writeFile(ctx, csrOut, csrPem)) ?? ok('', keyNote + prompts);
  }
  const rng = (ctx.session as unknown as SessionRng).cluster.rng.fork(`openssl-serial-${now}`);
  const serialBytes = Array.from({ length: 20 }, () => rng.int(0, 255));
  serialBytes[0] &= 0x7f;
  if (serialBytes[0] === 0) serialBytes[0] = 0x1f;
  const serialNumber = serialBytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  const ski = await x509.SubjectKeyIdentifierExtension.create(keys.publicKey);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name: new x509.Name(rdns.map(([k, v]) => ({ [k]: [v] }))),
    notBefore: new Date(now),
    notAfter: new Date(now + days * 86_400_000),
    keys,
    signingAlgorithm: RSA_ALG,
    extensions: [ski, new x509.AuthorityKeyIdentifierExtension(ski.keyId), new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  const pem = `${cert.toString('pem').replace(/\r\n/g, '\n').trimEnd()}\n`;
  // Prompts for the subject went to stderr when -subj was absent (answered with the defaults).
  const out = o.get('out');
  if (!out) return ok(pem, keyNote + prompts);
  const err = await writeFile(ctx, out, pem);
  return err ?? ok('', keyNote + prompts);
}

// ---------------------------------------------------------------------------- x509

const hexColons = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(':');

function hexBlock(bytes: Uint8Array, perLine: number, indent: number): string {
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < hex.length; i += perLine) lines.push(' '.repeat(indent) + hex.slice(i, i + perLine).join(':') + (i + perLine < hex.length ? ':' : ''));
  return lines.join('\n');
}

function textForm(pem: string, x509: typeof X509): string {
  const info = parseCertificate(pem)!;
  const cert = new x509.X509Certificate(pem);
  const serial = Buffer.from(cert.serialNumber, 'hex');
  const serialText = serial.length <= 8 ? `${BigInt(`0x${cert.serialNumber}`)} (0x${BigInt(`0x${cert.serialNumber}`).toString(16)})` : `\n            ${hexColons(serial)}`;
  const jwk = createPublicKey(pem).export({ format: 'jwk' }) as { n: string; e: string };
  const n = Buffer.from(jwk.n, 'base64url');
  const modulus = new Uint8Array([0, ...n]);
  const e = Buffer.from(jwk.e, 'base64url').reduce((acc, b) => acc * 256 + b, 0);
  const lines: string[] = [
    'Certificate:',
    '    Data:',
    '        Version: 3 (0x2)',
    `        Serial Number:${serial.length <= 8 ? ` ${serialText}` : serialText}`,
    '        Signature Algorithm: sha256WithRSAEncryption',
    `        Issuer: ${opensslName(info.issuer)}`,
    '        Validity',
    `            Not Before: ${opensslDate(info.notBefore)}`,
    `            Not After : ${opensslDate(info.notAfter)}`,
    `        Subject: ${opensslName(info.subject)}`,
    '        Subject Public Key Info:',
    '            Public Key Algorithm: rsaEncryption',
    `                Public-Key: (${n.length * 8} bit)`,
    '                Modulus:',
    hexBlock(modulus, 15, 20),
    `                Exponent: ${e} (0x${e.toString(16)})`,
  ];
  const exts = cert.extensions;
  if (exts.length) {
    lines.push('        X509v3 extensions:');
    for (const ext of exts) {
      const crit = ext.critical ? ' critical' : '';
      if (ext instanceof x509.SubjectKeyIdentifierExtension || ext.type === '2.5.29.14') {
        const k = new x509.SubjectKeyIdentifierExtension(ext.rawData);
        lines.push(`            X509v3 Subject Key Identifier:${crit} `, `                ${hexColons(Buffer.from(k.keyId, 'hex')).toUpperCase()}`);
      } else if (ext.type === '2.5.29.35') {
        const k = new x509.AuthorityKeyIdentifierExtension(ext.rawData);
        lines.push(`            X509v3 Authority Key Identifier:${crit} `, `                ${hexColons(Buffer.from(k.keyId ?? '', 'hex')).toUpperCase()}`);
      } else if (ext.type === '2.5.29.19') {
        const k = new x509.BasicConstraintsExtension(ext.rawData);
        lines.push(`            X509v3 Basic Constraints:${crit}`, `                CA:${k.ca ? 'TRUE' : 'FALSE'}${k.pathLength !== undefined ? `, pathlen:${k.pathLength}` : ''}`);
      } else if (ext.type === '2.5.29.17') {
        lines.push(`            X509v3 Subject Alternative Name:${crit} `, `                ${info.dnsNames.map((d) => `DNS:${d}`).join(', ')}`);
      }
    }
  }
  lines.push('    Signature Algorithm: sha256WithRSAEncryption', '    Signature Value:', hexBlock(new Uint8Array(cert.signature), 18, 8));
  return `${lines.join('\n')}\n`;
}

async function x509cmd(ctx: CommandContext, args: string[]): Promise<RunResult> {
  const p = parseOpts('x509', args, ['in', 'out', 'inform', 'outform'], ['noout', 'text', 'subject', 'issuer', 'dates', 'startdate', 'enddate', 'serial', 'fingerprint', 'sha1', 'sha256', 'pubkey', 'nameopt', 'modulus']);
  if (isResult(p)) return p;
  const file = p.opts.get('in');
  const pemText = file === undefined ? ctx.stdin : await readText(ctx.fs, absPath(ctx.cwd, file));
  if (pemText === undefined) return cannotOpen('certificate', file!);
  const m = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pemText);
  const info = m ? parseCertificate(m[0]) : undefined;
  if (!m || !info) {
    return fail(`Could not read certificate from ${file ?? '<stdin>'}\nUnable to load certificate\n`);
  }
  const pem = `${m[0]}\n`;
  let out = '';
  for (const opt of p.order) {
    switch (opt) {
      case 'text':
        out += textForm(pem, await loadX509());
        break;
      case 'subject':
        out += `subject=${opensslName(info.subject)}\n`;
        break;
      case 'issuer':
        out += `issuer=${opensslName(info.issuer)}\n`;
        break;
      case 'dates':
        out += `notBefore=${opensslDate(info.notBefore)}\nnotAfter=${opensslDate(info.notAfter)}\n`;
        break;
      case 'startdate':
        out += `notBefore=${opensslDate(info.notBefore)}\n`;
        break;
      case 'enddate':
        out += `notAfter=${opensslDate(info.notAfter)}\n`;
        break;
      case 'serial':
        out += `serial=${new (await loadX509()).X509Certificate(pem).serialNumber.toUpperCase()}\n`;
        break;
      case 'fingerprint': {
        const alg = p.opts.has('sha256') ? 'sha256' : 'sha1';
        const der = Buffer.from(m[0].replace(/-----[^-]+-----|\s/g, ''), 'base64');
        out += `${alg} Fingerprint=${createHash(alg).update(der).digest('hex').toUpperCase().match(/../g)!.join(':')}\n`;
        break;
      }
      case 'pubkey':
        out += createPublicKey(pem).export({ type: 'spki', format: 'pem' }) as string;
        break;
      case 'modulus':
        out += `Modulus=${Buffer.from((createPublicKey(pem).export({ format: 'jwk' }) as { n: string }).n, 'base64url').toString('hex').toUpperCase()}\n`;
        break;
    }
  }
  if (!p.opts.has('noout')) {
    const o = p.opts.get('out');
    if (o) {
      const err = await writeFile(ctx, o, pem);
      if (err) return err;
    } else out += pem;
  }
  return ok(out);
}

// ---------------------------------------------------------------------------- rsa

async function rsa(ctx: CommandContext, args: string[]): Promise<RunResult> {
  const p = parseOpts('rsa', args, ['in', 'out'], ['check', 'noout', 'text', 'pubout', 'modulus', 'traditional']);
  if (isResult(p)) return p;
  const file = p.opts.get('in');
  if (file === undefined) return fail('rsa: reading a key from standard input is not simulated; use -in FILE\n');
  const k = await loadKey(ctx, file);
  if (isResult(k)) return k;
  let out = '';
  if (p.opts.has('modulus')) out += `Modulus=${Buffer.from((k.export({ format: 'jwk' }) as { n: string }).n, 'base64url').toString('hex').toUpperCase()}\n`;
  if (p.opts.has('check')) out += 'RSA key ok\n';
  if (p.opts.has('noout')) return ok(out);
  const pem = p.opts.has('pubout') ? (createPublicKey(k).export({ type: 'spki', format: 'pem' }) as string) : (k.export({ type: p.opts.has('traditional') ? 'pkcs1' : 'pkcs8', format: 'pem' }) as string);
  const o = p.opts.get('out');
  if (o) {
    const err = await writeFile(ctx, o, pem);
    return err ?? ok(out, 'writing RSA key\n');
  }
  return ok(out + pem, 'writing RSA key\n');
}

// ---------------------------------------------------------------------------- dispatch

async function run(ctx: CommandContext): Promise<RunResult> {
  const [sub, ...rest] = ctx.args;
  switch (sub) {
    case undefined:
      return fail('');
    case 'version':
      return ok(`${VERSION_LINE}\n`);
    case 'genrsa':
      return genrsa(ctx, rest);
    case 'req':
      return req(ctx, rest);
    case 'x509':
      return x509cmd(ctx, rest);
    case 'rsa':
      return rsa(ctx, rest);
    default:
      return fail(`Invalid command '${sub}'; type "help" for a list.\n`);
  }
}

export const opensslCommand: ShellCommand = { name: 'openssl', run };
