// The environment a container starts with (kubelet envvars.go + the runtime's merge):
// image ENV, HOSTNAME, the `<SVC>_SERVICE_HOST`/`_PORT` family for the services that exist
// at that moment, and the container's explicit env (which wins on a name clash).
import type { Container, Service } from 'kubernetes-types/core/v1.js';
import type { ImageSpec } from '../images.js';

/** `kubia-nodeport` → `KUBIA_NODEPORT`; a leading digit gets `_`. */
export function serviceEnvName(name: string): string {
  const n = name.toUpperCase().replace(/[-.]/g, '_');
  return /^[0-9]/.test(n) ? `_${n}` : n;
}

/** The variables of one service, in envvars.go's order. Headless/ExternalName give none. */
export function serviceEnvVars(svc: Readonly<Service>): [string, string][] {
  const ip = svc.spec?.clusterIP;
  if (!ip || ip === 'None' || svc.spec?.type === 'ExternalName') return [];
  const ports = svc.spec?.ports ?? [];
  if (ports.length === 0) return [];
  const n = serviceEnvName(svc.metadata!.name!);
  const out: [string, string][] = [[`${n}_SERVICE_HOST`, ip]];
  out.push([`${n}_SERVICE_PORT`, String(ports[0].port)]);
  for (const p of ports) if (p.name) out.push([`${n}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`, String(p.port)]);
  const proto0 = (ports[0].protocol ?? 'TCP').toLowerCase();
  out.push([`${n}_PORT`, `${proto0}://${ip}:${ports[0].port}`]);
  for (const p of ports) {
    const proto = p.protocol ?? 'TCP';
    const base = `${n}_PORT_${p.port}_${proto}`;
    out.push([base, `${proto.toLowerCase()}://${ip}:${p.port}`]);
    out.push([`${base}_PROTO`, proto.toLowerCase()]);
    out.push([`${base}_PORT`, String(p.port)]);
    out.push([`${base}_ADDR`, ip]);
  }
  return out;
}

/**
 * Builds the env snapshot. Order (the ordering of a real `env` is unspecified; this one
 * follows what Docker-era outputs in the book show): PATH, HOSTNAME, explicit env, service
 * variables (services sorted by name), the rest of the image ENV, HOME.
 */
export function containerEnvironment(opts: {
  podName: string;
  container: Readonly<Container>;
  image: ImageSpec | undefined;
  /** Services visible to the pod: its namespace's (if enableServiceLinks) plus `kubernetes`. */
  services: Readonly<Service>[];
  resolveValueFrom?: (name: string) => string | undefined;
}): Record<string, string> {
  const env: Record<string, string> = {};
  const imageEnv = new Map(opts.image?.env ?? [['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]);
  env.PATH = imageEnv.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  env.HOSTNAME = opts.podName;
  const explicit: [string, string][] = [];
  const defined: Record<string, string> = {};
  for (const e of opts.container.env ?? []) {
    let v = e.value ?? (e.valueFrom ? opts.resolveValueFrom?.(e.name) ?? '' : '');
    // `$(VAR)` references expand against variables defined earlier (kubelet expansion).
    v = v.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string) => defined[name] ?? m);
    defined[e.name] = v;
    explicit.push([e.name, v]);
  }
  for (const [k, v] of explicit) env[k] = v;
  const sorted = [...opts.services].sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : a.metadata!.name! > b.metadata!.name! ? 1 : 0));
  for (const svc of sorted) {
    for (const [k, v] of serviceEnvVars(svc)) if (!(k in defined)) env[k] = v;
  }
  for (const [k, v] of imageEnv) if (k !== 'PATH' && !(k in defined)) env[k] = v;
  if (!('HOME' in env)) env.HOME = '/root';
  if ('PATH' in defined) env.PATH = defined.PATH;
  return env;
}
