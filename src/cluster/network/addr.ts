// IPv4 helpers shared by DNS (reverse names, dashed pod names) and the proxy (CIDR checks).

export function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, p) => ((acc << 8) | Number(p)) >>> 0, 0);
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const n = Number(bits);
  const mask = n === 0 ? 0 : (~0 << (32 - n)) >>> 0;
  return ((ipToInt(ip) & mask) >>> 0) === ((ipToInt(base) & mask) >>> 0);
}

/** `10.244.1.3` → `10-244-1-3`: the label CoreDNS uses for pod and headless-endpoint records. */
export function dashed(ip: string): string {
  return ip.replaceAll('.', '-');
}

/** `10-244-1-3` → `10.244.1.3`, or undefined when the label is not a dashed IPv4 address. */
export function undashed(label: string): string | undefined {
  const ip = label.replaceAll('-', '.');
  return isIPv4(ip) && label.split('-').length === 4 ? ip : undefined;
}

/** `10.111.249.153` → `153.249.111.10.in-addr.arpa`. */
export function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

/** `153.249.111.10.in-addr.arpa` → `10.111.249.153`. */
export function ipFromReverse(name: string): string | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa\.?$/i.exec(name);
  return m ? `${m[4]}.${m[3]}.${m[2]}.${m[1]}` : undefined;
}

/** The bridge address of the /24 a pod IP sits in (`10.244.1.7` → `10.244.1.1`): what SNATed same-node traffic shows. */
export function bridgeIp(podIp: string): string {
  const p = podIp.split('.');
  return `${p[0]}.${p[1]}.${p[2]}.1`;
}
