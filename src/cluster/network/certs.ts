// Certificates as the network sees them: a PEM parsed once (cached by the caller's key,
// e.g. a Secret's uid + resourceVersion) into what curl and openssl print. Parsed by Node's
// own X509Certificate (OpenSSL underneath), which costs nothing to load; `openssl x509 -text`
// loads @peculiar/x509 itself for the parts only it shows (extensions, signature).
import { X509Certificate } from 'node:crypto';

export interface CertInfo {
  /** Relative distinguished names in certificate (DER) order, e.g. [['CN', 'kubia.example.com']]. */
  subject: [string, string][];
  issuer: [string, string][];
  notBefore: Date;
  notAfter: Date;
  /** DNS names from subjectAltName (empty when the extension is absent). */
  dnsNames: string[];
  selfSigned: boolean;
}

/** Undoes OpenSSL's RFC 2253 escapes in a name's value (`\,`, `\+`, `\\`, `\XX`…). */
function unescapeValue(v: string): string {
  return v.replace(/\\([0-9A-Fa-f]{2}|.)/g, (_m, c: string) => (c.length === 2 ? String.fromCharCode(parseInt(c, 16)) : c));
}

/**
 * Node prints a name one RDN per line (`C=US\nO=Acme\nCN=x`), DER order, short names, the
 * attributes of a multi-valued RDN joined by ` + `; escaped characters never split.
 */
function rdns(name: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of name.split('\n')) {
    if (!line) continue;
    for (const ava of line.split(/(?<!\\) \+ /)) {
      const eq = ava.indexOf('=');
      if (eq > 0) out.push([ava.slice(0, eq), unescapeValue(ava.slice(eq + 1))]);
    }
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** OpenSSL's `Dec  3 18:00:00 2026 GMT` as a Date. */
function certDate(s: string): Date {
  const m = /^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d+) GMT$/.exec(s);
  if (!m) return new Date(s);
  return new Date(Date.UTC(Number(m[6]), MONTHS.indexOf(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])));
}

/** Parses the first certificate in a PEM bundle; undefined when there is none or it is malformed. */
export function parseCertificate(pem: string): CertInfo | undefined {
  const m = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pem);
  if (!m) return undefined;
  try {
    const cert = new X509Certificate(m[0]);
    const dnsNames = (cert.subjectAltName ?? '')
      .split(', ')
      .filter((n) => n.startsWith('DNS:'))
      .map((n) => n.slice(4));
    return { subject: rdns(cert.subject), issuer: rdns(cert.issuer), notBefore: certDate(cert.validFrom), notAfter: certDate(cert.validTo), dnsNames, selfSigned: cert.subject === cert.issuer };
  } catch {
    return undefined;
  }
}

/** curl's one-line name (OpenSSL XN_FLAG_SEP_SPLUS_SPC without spaces around `=`): `C=US; O=Acme; CN=x`. */
export function curlName(n: [string, string][]): string {
  return n.map(([k, v]) => `${k}=${v}`).join('; ');
}

/** OpenSSL 3's `-subject`/`-issuer` layout (XN_FLAG_ONELINE): `C = US, O = Acme, CN = x`. */
export function opensslName(n: [string, string][]): string {
  return n.map(([k, v]) => `${k} = ${v}`).join(', ');
}

/** Does the certificate cover this host name (SAN first, CN when there is no SAN)? */
export function certMatchesHost(c: CertInfo, host: string): boolean {
  const names = c.dnsNames.length ? c.dnsNames : c.subject.filter(([k]) => k === 'CN').map(([, v]) => v);
  const h = host.toLowerCase();
  return names.some((n) => {
    const p = n.toLowerCase();
    if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.split('.').length === p.split('.').length;
    return p === h;
  });
}
