// Certificates as the network sees them: a PEM parsed once (cached by the caller's key,
// e.g. a Secret's uid + resourceVersion) into what curl and openssl print.
import { x509 } from './x509.js';

export interface CertInfo {
  /** Relative distinguished names in certificate (DER) order, e.g. [['CN', 'kubia.example.com']]. */
  subject: [string, string][];
  issuer: [string, string][];
  notBefore: Date;
  notAfter: Date;
  /** DNS names from subjectAltName (empty when the extension is absent). */
  dnsNames: string[];
  selfSigned: boolean;
  /** The parsed certificate, for `openssl x509 -text`. */
  cert?: InstanceType<typeof x509.X509Certificate>;
}

function rdns(name: InstanceType<typeof x509.Name>): [string, string][] {
  const out: [string, string][] = [];
  for (const rdn of name.toJSON()) for (const [k, vs] of Object.entries(rdn)) for (const v of vs) out.push([k, v]);
  return out;
}

/** Parses the first certificate in a PEM bundle; undefined when there is none or it is malformed. */
export function parseCertificate(pem: string): CertInfo | undefined {
  const m = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pem);
  if (!m) return undefined;
  try {
    const cert = new x509.X509Certificate(m[0]);
    const subject = rdns(cert.subjectName);
    const issuer = rdns(cert.issuerName);
    const san = cert.getExtension(x509.SubjectAlternativeNameExtension);
    const dnsNames = san ? san.names.items.filter((n) => n.type === 'dns').map((n) => n.value) : [];
    return { subject, issuer, notBefore: cert.notBefore, notAfter: cert.notAfter, dnsNames, selfSigned: cert.subject === cert.issuer, cert };
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
