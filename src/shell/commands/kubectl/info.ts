// The informational verbs: `version`, `cluster-info`, `api-resources`, `config …`. Their
// text is kubectl 1.30.13's; the addresses come from the simulated cluster.
import { usageError, type Invocation, type Verb } from './kube.js';
import { KINDS } from '../../../cluster/api/kinds.js';
import { HELP_TEXTS } from './help-texts.js';
import { SERVER_VERSION as SERVER } from '../../../cluster/api/discovery.js';
import { longFlags, OUTPUT_FLAG } from './common-flags.js';

const CLIENT = {
  major: '1',
  minor: '30',
  gitVersion: 'v1.30.13',
  gitCommit: '50af91c466658b6a33d123fae8a487db1630971c',
  gitTreeState: 'clean',
  buildDate: '2025-05-15T09:56:59Z',
  goVersion: 'go1.23.8',
  compiler: 'gc',
  platform: 'linux/amd64',
};
const KUSTOMIZE = 'v5.0.4-0.20230601165947-6ce0bf390ce3';

function versionYaml(v: typeof CLIENT, indent: string): string {
  const keys = Object.keys(v).sort() as (keyof typeof CLIENT)[];
  return keys.map((k) => `${indent}${k}: ${/^\d+$/.test(v[k]) || /^\d{4}-/.test(v[k]) ? `"${v[k]}"` : v[k]}\n`).join('');
}

export const versionVerb: Verb = {
  name: 'version',
  flags: [
    { name: 'client', type: 'bool' },
    OUTPUT_FLAG,
    { name: 'short', type: 'bool' },
  ],
  run(inv) {
    const client = inv.flags.bool('client');
    const output = inv.flags.str('output');
    if (output === 'yaml') {
      let s = `clientVersion:\n${versionYaml(CLIENT, '  ')}kustomizeVersion: ${KUSTOMIZE}\n`;
      if (!client) s += `serverVersion:\n${versionYaml(SERVER, '  ')}`;
      inv.out.push(`${s}\n`);
    } else if (output === 'json') {
      const o: Record<string, unknown> = { clientVersion: CLIENT, kustomizeVersion: KUSTOMIZE };
      if (!client) o.serverVersion = SERVER;
      inv.out.push(`${JSON.stringify(o, null, 2)}\n`);
    } else if (output) {
      throw usageError(`--output must be 'yaml' or 'json'`);
    } else {
      inv.out.push(`Client Version: ${CLIENT.gitVersion}\nKustomize Version: ${KUSTOMIZE}\n`);
      if (!client) inv.out.push(`Server Version: ${SERVER.gitVersion}\n`);
    }
    return 0;
  },
};

/** `https://<apiserver>`: the address behind the `kubernetes` service. */
export function apiServerUrl(inv: Invocation): string {
  const ep = inv.cluster.store.get('Endpoints', 'default', 'kubernetes');
  const subset = ep?.subsets?.[0];
  const ip = subset?.addresses?.[0]?.ip ?? '172.18.0.2';
  const port = subset?.ports?.[0]?.port ?? 6443;
  return `https://${ip}:${port}`;
}

export const clusterInfoVerb: Verb = {
  name: 'cluster-info',
  flags: [],
  children: [{ name: 'dump', flags: [{ name: 'output-directory', type: 'string' }, { name: 'all-namespaces', short: 'A', type: 'bool' }, OUTPUT_FLAG], run: () => { throw usageError('cluster-info dump is not available in this simulated cluster'); } }],
  run(inv) {
    const base = apiServerUrl(inv);
    let s = `Kubernetes control plane is running at ${base}\n`;
    for (const svc of inv.cluster.store.list('Service', 'kube-system')) {
      if (svc.metadata?.labels?.['kubernetes.io/cluster-service'] !== 'true') continue;
      const name = svc.metadata.labels['kubernetes.io/name'] ?? svc.metadata.name;
      const port = svc.spec?.ports?.[0];
      const portPart = port?.name ? `:${port.name}` : port ? `:${port.port}` : '';
      s += `${name} is running at ${base}/api/v1/namespaces/kube-system/services/${svc.metadata.name}${portPart}/proxy\n`;
    }
    s += `\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`;
    inv.out.push(s);
    return 0;
  },
};

/**
 * NAME, SHORTNAMES, APIVERSION, NAMESPACED, KIND of every resource the simulated API server
 * serves (and nothing it does not), sorted as kubectl sorts them: by group (core first),
 * then by name.
 */
const API_RESOURCES: [string, string, string, boolean, string][] = Object.values(KINDS)
  .map((k): [string, string, string, boolean, string] => [k.resource, k.shortNames.join(','), k.apiVersion, k.namespaced, k.kind])
  .sort((a, b) => {
    const ga = a[2].includes('/') ? a[2].split('/')[0] : '';
    const gb = b[2].includes('/') ? b[2].split('/')[0] : '';
    return ga !== gb ? (ga < gb ? -1 : 1) : a[0] < b[0] ? -1 : 1;
  });

/** Left-aligned columns, 3 spaces apart, last column unpadded (kubectl's table layout). */
export function layoutColumns(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] + 3))).join('').trimEnd() + '\n').join('');
}

export const apiResourcesVerb: Verb = {
  name: 'api-resources',
  flags: [OUTPUT_FLAG, ...longFlags('bool', 'namespaced', 'no-headers', 'cached'), ...longFlags('string', 'api-group', 'sort-by'), ...longFlags('strings', 'verbs', 'categories')],
  run(inv) {
    let list = API_RESOURCES;
    if (inv.flags.has('namespaced')) list = list.filter((r) => r[3] === inv.flags.bool('namespaced'));
    if (inv.flags.has('api-group')) {
      const g = inv.flags.str('api-group');
      list = list.filter((r) => (r[2].includes('/') ? r[2].split('/')[0] : '') === g);
    }
    const output = inv.flags.str('output');
    if (output === 'name') {
      inv.out.push(list.map((r) => `${r[0]}${r[2].includes('/') ? `.${r[2].split('/')[0]}` : ''}\n`).join(''));
      return 0;
    }
    if (output && output !== 'wide') throw usageError(`--output ${output} is not available`);
    const rows = list.map((r) => [r[0], r[1], r[2], String(r[3]), r[4]]);
    if (!inv.flags.bool('no-headers')) rows.unshift(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND']);
    inv.out.push(layoutColumns(rows));
    return 0;
  },
};

/** The learner's kubeconfig: one context; `config set-context --current --namespace` changes its namespace. */
const CONTEXT = 'kubernetes-admin@kubernetes';
const contextNamespace = new WeakMap<object, string>();

/** The namespace of the current context (`default` unless the learner set one). */
export function contextNamespaceOf(session: object): string {
  return contextNamespace.get(session) ?? 'default';
}

const KUBECONFIG = (server: string, namespace: string | undefined) => `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: ${server}
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
${namespace ? `    namespace: ${namespace}\n` : ''}    user: kubernetes-admin
  name: ${CONTEXT}
current-context: ${CONTEXT}
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`;

export const configVerb: Verb = {
  name: 'config',
  flags: [],
  children: [
    {
      name: 'view',
      flags: [{ name: 'minify', type: 'bool' }, { name: 'raw', type: 'bool' }, OUTPUT_FLAG, { name: 'flatten', type: 'bool' }],
      run(inv) {
        inv.out.push(KUBECONFIG(apiServerUrl(inv), contextNamespace.get(inv.session)));
        return 0;
      },
    },
    {
      name: 'current-context',
      flags: [],
      run(inv) {
        inv.out.push(`${CONTEXT}\n`);
        return 0;
      },
    },
    {
      name: 'get-contexts',
      flags: [OUTPUT_FLAG, { name: 'no-headers', type: 'bool' }],
      run(inv) {
        if (inv.flags.str('output') === 'name') {
          inv.out.push(`${CONTEXT}\n`);
          return 0;
        }
        const ns = contextNamespace.get(inv.session) ?? '';
        const rows = [['*', CONTEXT, 'kubernetes', 'kubernetes-admin', ns]];
        if (!inv.flags.bool('no-headers')) rows.unshift(['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']);
        inv.out.push(rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(Math.max(...rows.map((x) => x[i].length)) + 3))).join('') + '\n').join(''));
        return 0;
      },
    },
    {
      name: 'set-context',
      flags: [{ name: 'current', type: 'bool' }, { name: 'namespace', short: 'n', type: 'string' }, { name: 'cluster', type: 'string' }, { name: 'user', type: 'string' }],
      run(inv) {
        const name = inv.flags.bool('current') ? CONTEXT : inv.flags.args[0];
        if (!name) throw usageError('you must specify a non-empty context name or --current');
        if (name !== CONTEXT) throw usageError(`cannot add context "${name}" in this simulated cluster`);
        if (inv.flags.has('namespace')) contextNamespace.set(inv.session, inv.flags.str('namespace'));
        inv.out.push(`Context "${CONTEXT}" modified.\n`);
        return 0;
      },
    },
    {
      name: 'use-context',
      flags: [],
      run(inv) {
        const name = inv.flags.args[0] ?? '';
        if (name !== CONTEXT) throw usageError(`no context exists with the name: "${name}"`);
        inv.out.push(`Switched to context "${CONTEXT}".\n`);
        return 0;
      },
    },
  ],
  run(inv) {
    if (inv.flags.args.length > 0) throw usageError(`unknown command "${inv.flags.args[0]}"\nSee 'kubectl config -h' for help and examples`);
    inv.out.push(HELP_TEXTS.config);
    return 0;
  },
};

/** The group versions served, sorted as kubectl api-versions prints them. */
const API_VERSIONS = [...new Set(Object.values(KINDS).map((k) => k.apiVersion))].sort();

export const apiVersionsVerb: Verb = {
  name: 'api-versions',
  flags: [],
  run(inv) {
    inv.out.push(API_VERSIONS.map((v) => `${v}\n`).join(''));
    return 0;
  },
};

/** `kubectl options`: the global flags, as the real command lists them. */
export const optionsVerb: Verb = {
  name: 'options',
  flags: [],
  run(inv) {
    inv.out.push(HELP_TEXTS.options);
    return 0;
  },
};
