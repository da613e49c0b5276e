// `kubectl create secret tls|generic`. The TLS pair is checked as Go's tls.X509KeyPair does
// (PEM blocks present, not swapped, the key matching the certificate's public key), so the
// learner's openssl mistakes fail with the real messages. node:crypto parses both (its
// X509Certificate avoids @peculiar/x509's reflect-metadata requirement).
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { HELP_TEXTS } from './help-texts.js';
import { KubectlExit, usageError, type Invocation, type Verb } from './kube.js';
import { resolvePath } from './manifest.js';
import { createGenerated } from './write.js';
import { exactlyOneName } from './create-service.js';
import type { FlagSpec } from './flags.js';
import { GENERATOR_FLAGS, longFlags } from './common-flags.js';

const COMMON: FlagSpec[] = [...GENERATOR_FLAGS, ...longFlags('bool', 'append-hash')];

/** kubectl's wording: no colon after `secret`. */
const FAILED_SECRET = 'failed to create secret ';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

async function readText(inv: Invocation, path: string): Promise<string | undefined> {
  const abs = resolvePath(inv.ctx.cwd, path);
  if (!(await inv.ctx.fs.exists(abs))) return undefined;
  const st = await inv.ctx.fs.stat(abs);
  if (st.isDirectory) return undefined;
  return inv.ctx.fs.readFile(abs);
}

interface PemBlock {
  type: string;
  body: string;
}

function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
  for (const m of text.matchAll(re)) out.push({ type: m[1], body: m[0] });
  return out;
}

/** tls.X509KeyPair's checks, with its error texts. Returns undefined when the pair is good. */
export function checkKeyPair(cert: string, key: string): string | undefined {
  const certBlocks = pemBlocks(cert);
  const certs = certBlocks.filter((b) => b.type === 'CERTIFICATE');
  if (certs.length === 0) {
    if (certBlocks.some((b) => b.type.endsWith('PRIVATE KEY'))) {
      return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    }
    return 'tls: failed to find any PEM data in certificate input';
  }
  const keyBlocks = pemBlocks(key);
  const keyBlock = keyBlocks.find((b) => b.type === 'PRIVATE KEY' || b.type.endsWith(' PRIVATE KEY'));
  if (!keyBlock) {
    if (keyBlocks.some((b) => b.type === 'CERTIFICATE')) return 'tls: found a certificate rather than a key in the PEM for the private key';
    return 'tls: failed to find any PEM data in key input';
  }
  let certSpki: Buffer;
  try {
    certSpki = new X509Certificate(certs[0].body).publicKey.export({ type: 'spki', format: 'der' });
  } catch {
    return 'x509: malformed certificate';
  }
  let keySpki: Buffer;
  try {
    keySpki = createPublicKey(createPrivateKey(keyBlock.body)).export({ type: 'spki', format: 'der' });
  } catch {
    return 'tls: failed to parse private key';
  }
  if (!certSpki.equals(keySpki)) return 'tls: private key does not match public key';
  return undefined;
}

/**
 * The data of a generic secret or a configmap: `--from-literal=key=value`,
 * `--from-file=[key=]path` (the key defaults to the file's name) and `--from-env-file`
 * (KEY=value lines; blank and `#` lines skipped). `encode` is base64 for secrets.
 */
async function dataFromSources(inv: Invocation, encode: (text: string) => string): Promise<Record<string, string>> {
  const data: Record<string, string> = {};
  for (const lit of inv.flags.list('from-literal')) {
    const eq = lit.indexOf('=');
    if (eq <= 0) throw usageError(`invalid literal source ${lit}, expected key=value`);
    data[lit.slice(0, eq)] = encode(lit.slice(eq + 1));
  }
  for (const src of inv.flags.list('from-file')) {
    const eq = src.indexOf('=');
    const path = eq >= 0 ? src.slice(eq + 1) : src;
    const text = await readText(inv, path);
    if (text === undefined) throw usageError(`error reading ${path}: no such file or directory`);
    data[eq >= 0 ? src.slice(0, eq) : path.split('/').pop()!] = encode(text);
  }
  for (const envFile of inv.flags.list('from-env-file')) {
    const text = await readText(inv, envFile);
    if (text === undefined) throw usageError(`open ${envFile}: no such file or directory`);
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('#')) continue;
      const eq = t.indexOf('=');
      data[eq >= 0 ? t.slice(0, eq) : t] = encode(eq >= 0 ? t.slice(eq + 1) : '');
    }
  }
  return data;
}

const tlsVerb: Verb = {
  name: 'tls',
  flags: [...COMMON, ...longFlags('string', 'cert', 'key')],
  async run(inv) {
    const name = exactlyOneName(inv);
    const certPath = inv.flags.str('cert');
    const keyPath = inv.flags.str('key');
    if (!certPath || !keyPath) throw usageError('key and cert must be specified');
    const cert = await readText(inv, certPath);
    if (cert === undefined) throw usageError(`Cannot read file ${certPath}, open ${certPath}: no such file or directory`);
    const key = await readText(inv, keyPath);
    if (key === undefined) throw usageError(`Cannot read file ${keyPath}, open ${keyPath}: no such file or directory`);
    const bad = checkKeyPair(cert, key);
    if (bad) throw usageError(bad);
    return createGenerated(inv, 'Secret', {
      apiVersion: 'v1',
      data: { 'tls.crt': b64(cert), 'tls.key': b64(key) },
      kind: 'Secret',
      metadata: { creationTimestamp: null, name },
      type: 'kubernetes.io/tls',
    }, FAILED_SECRET);
  },
};

const genericVerb: Verb = {
  name: 'generic',
  flags: [...COMMON, ...longFlags('strings', 'from-literal', 'from-file', 'from-env-file'), ...longFlags('string', 'type')],
  async run(inv) {
    const name = exactlyOneName(inv);
    const data = await dataFromSources(inv, b64);
    const obj: Record<string, any> = { apiVersion: 'v1', kind: 'Secret', metadata: { creationTimestamp: null, name } };
    if (Object.keys(data).length) obj.data = data;
    if (inv.flags.has('type')) obj.type = inv.flags.str('type');
    return createGenerated(inv, 'Secret', obj, FAILED_SECRET);
  },
};

/** `kubectl create configmap NAME --from-literal … --from-file …`: like a generic secret, in clear text. */
export const createConfigMapVerb: Verb = {
  name: 'configmap',
  aliases: ['cm'],
  flags: [...COMMON, ...longFlags('strings', 'from-literal', 'from-file', 'from-env-file')],
  async run(inv) {
    const name = exactlyOneName(inv);
    const data = await dataFromSources(inv, (text) => text);
    let obj: Record<string, any> = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { creationTimestamp: null, name } };
    if (Object.keys(data).length) obj = { apiVersion: 'v1', data, kind: 'ConfigMap', metadata: obj.metadata };
    return createGenerated(inv, 'ConfigMap', obj, 'failed to create configmap: ');
  },
};

export const createSecretVerb: Verb = {
  name: 'secret',
  flags: [],
  children: [tlsVerb, genericVerb],
  run(inv) {
    if (inv.flags.args.length > 0) throw new KubectlExit(`error: unknown command "${inv.flags.args[0]}"\nSee 'kubectl create secret -h' for help and examples\n`);
    inv.out.push(HELP_TEXTS['create secret']);
    return 0;
  },
};
