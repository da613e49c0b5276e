// Object validation with the API server's own words (apimachinery's validation messages and
// kubernetes' pkg/apis/*/validation). Each validator returns field errors; the API server
// turns them into `The Service "kubia" is invalid: …` via invalidError.
import type { FieldError } from './errors.js';

const q = (s: string) => JSON.stringify(s);

export const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
export const DNS1123_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
export const DNS1123_SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
export const PORT_RANGE_MSG = 'must be between 1 and 65535, inclusive';
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const QUALIFIED_NAME_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

export function dns1035Label(v: string): string[] {
  const out: string[] = [];
  if (v.length > 63) out.push('must be no more than 63 characters');
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(v)) out.push(DNS1035_MSG);
  return out;
}
export function dns1123Label(v: string): string[] {
  const out: string[] = [];
  if (v.length > 63) out.push('must be no more than 63 characters');
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v)) out.push(DNS1123_LABEL_MSG);
  return out;
}
export function dns1123Subdomain(v: string): string[] {
  const out: string[] = [];
  if (v.length > 253) out.push('must be no more than 253 characters');
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(v)) out.push(DNS1123_SUBDOMAIN_MSG);
  return out;
}

/** 1.30's wording for a host with `*` in it that is not `*.` followed by a DNS subdomain. */
export const WILDCARD_DNS1123_MSG =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** apimachinery IsWildcardDNS1123Subdomain: `*.` and a subdomain, nothing else. */
export function wildcardDns1123Subdomain(v: string): string[] {
  const out: string[] = [];
  if (v.length > 253) out.push('must be no more than 253 characters');
  if (!/^\*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(v)) out.push(WILDCARD_DNS1123_MSG);
  return out;
}

/** An Ingress host (rule or TLS): with a `*` it must be a wildcard subdomain, else a subdomain. */
export function ingressHost(v: string): string[] {
  return v.includes('*') ? wildcardDns1123Subdomain(v) : dns1123Subdomain(v);
}

/** apimachinery IsValidPortName, in its order. */
export function portName(v: string): string[] {
  const out: string[] = [];
  if (v.length > 15) out.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(v)) out.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(v)) out.push('must contain at least one letter (a-z)');
  if (v.includes('--')) out.push('must not contain consecutive hyphens');
  if (v.length > 0 && (v.startsWith('-') || v.endsWith('-'))) out.push('must not begin or end with a hyphen');
  return out;
}

export function validPortNum(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** A numeric port or a port name (targetPort, probe ports, ingress backend ports). */
export function portNumOrName(v: unknown, path: string): FieldError[] {
  if (typeof v === 'number') return validPortNum(v) ? [] : [{ path, type: 'Invalid value', value: String(v), detail: PORT_RANGE_MSG }];
  if (typeof v === 'string') {
    if (v === '') return [{ path, type: 'Required value' }];
    return portName(v).map((detail) => ({ path, type: 'Invalid value', value: q(v), detail }));
  }
  return [];
}

export function nameErrors(name: string | undefined, generateName: string | undefined, check: (v: string) => string[]): FieldError[] {
  if (!name) {
    if (!generateName) return [{ path: 'metadata.name', type: 'Required value', detail: 'name or generateName is required' }];
    return [];
  }
  return check(name).map((detail) => ({ path: 'metadata.name', type: 'Invalid value', value: q(name), detail }));
}

export function labelErrors(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const out: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    out.push(...qualifiedNameErrors(k, path));
    if (v.length > 63) out.push({ path, type: 'Invalid value', value: q(v), detail: 'must be no more than 63 characters' });
    if (!/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(v)) out.push({ path, type: 'Invalid value', value: q(v), detail: LABEL_VALUE_MSG });
  }
  return out;
}

export function qualifiedNameErrors(k: string, path: string): FieldError[] {
  const slash = k.indexOf('/');
  const name = slash >= 0 ? k.slice(slash + 1) : k;
  const prefix = slash >= 0 ? k.slice(0, slash) : undefined;
  const out: FieldError[] = [];
  if (prefix !== undefined) {
    for (const d of dns1123Subdomain(prefix)) out.push({ path, type: 'Invalid value', value: q(k), detail: `prefix part ${d}` });
  }
  if (name.length === 0) out.push({ path, type: 'Invalid value', value: q(k), detail: 'name part must be non-empty' });
  else {
    if (name.length > 63) out.push({ path, type: 'Invalid value', value: q(k), detail: 'name part must be no more than 63 characters' });
    if (!/^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name)) out.push({ path, type: 'Invalid value', value: q(k), detail: QUALIFIED_NAME_MSG });
  }
  return out;
}

export function unsupported(path: string, value: string, supported: string[]): FieldError {
  return { path, type: 'Unsupported value', value: q(value), detail: `supported values: ${supported.map(q).join(', ')}` };
}

/** Go's `%#v` of a map[string]string, as validation messages print label maps. */
export function goStringMap(m: Record<string, string> | undefined): string {
  if (!m) return 'map[string]string(nil)';
  return `map[string]string{${Object.keys(m)
    .sort()
    .map((k) => `${q(k)}:${q(m[k])}`)
    .join(', ')}}`;
}

export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && (p === '0' || !p.startsWith('0')));
}
export { q as goQuote };
