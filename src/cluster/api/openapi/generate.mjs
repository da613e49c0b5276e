// Generates the OpenAPI v3 documents the simulated API server serves (`kubectl explain`,
// `kubetour serve`), one per group-version, from the Kubernetes 1.30 API's own documentation:
// the doc comments and types that the `kubernetes-types` package ships in its .d.ts files.
// Nothing here is written by hand except how TypeScript types map onto OpenAPI schemas.
//
// Run by scripts/build.mjs; src/cluster/api/openapi/openapi.test.ts checks that the committed
// data/ is what this produces (KUBETOUR_UPDATE_OPENAPI=1 rewrites it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The group-versions served, the kinds in each, and where each kind lives. */
export const GROUP_VERSIONS = [
  {
    file: 'api__v1_openapi.json',
    path: 'api/v1',
    group: '',
    version: 'v1',
    kinds: [
      ['Pod', 'pods', true], ['Service', 'services', true], ['Endpoints', 'endpoints', true], ['ReplicationController', 'replicationcontrollers', true],
      ['Node', 'nodes', false], ['Namespace', 'namespaces', false], ['Secret', 'secrets', true], ['ConfigMap', 'configmaps', true], ['Event', 'events', true],
      ['ServiceAccount', 'serviceaccounts', true],
    ],
    module: 'core/v1',
  },
  { file: 'apis__apps__v1_openapi.json', path: 'apis/apps/v1', group: 'apps', version: 'v1', kinds: [['ReplicaSet', 'replicasets', true], ['Deployment', 'deployments', true], ['DaemonSet', 'daemonsets', true]], module: 'apps/v1' },
  {
    file: 'apis__networking.k8s.io__v1_openapi.json',
    path: 'apis/networking.k8s.io/v1',
    group: 'networking.k8s.io',
    version: 'v1',
    kinds: [['Ingress', 'ingresses', true], ['IngressClass', 'ingressclasses', false]],
    module: 'networking/v1',
  },
  { file: 'apis__coordination.k8s.io__v1_openapi.json', path: 'apis/coordination.k8s.io/v1', group: 'coordination.k8s.io', version: 'v1', kinds: [['Lease', 'leases', true]], module: 'coordination/v1' },
  { file: 'apis__discovery.k8s.io__v1_openapi.json', path: 'apis/discovery.k8s.io/v1', group: 'discovery.k8s.io', version: 'v1', kinds: [['EndpointSlice', 'endpointslices', true]], module: 'discovery/v1' },
];

/** kubernetes-types module → the OpenAPI schema name prefix of its types. */
const PREFIX = {
  'core/v1': 'io.k8s.api.core.v1',
  'apps/v1': 'io.k8s.api.apps.v1',
  'networking/v1': 'io.k8s.api.networking.v1',
  'discovery/v1': 'io.k8s.api.discovery.v1',
  'coordination/v1': 'io.k8s.api.coordination.v1',
  'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
  'api/resource': 'io.k8s.apimachinery.pkg.api.resource',
  runtime: 'io.k8s.apimachinery.pkg.runtime',
};
const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';

/** Reads every declaration of the modules above: name → { node, module }. */
function declarations(ts, typesDir) {
  const decls = new Map();
  const imports = new Map();
  for (const mod of Object.keys(PREFIX)) {
    const file = join(typesDir, `${mod}.d.ts`);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const local = new Map();
    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st)) {
        const from = st.moduleSpecifier.text.replace(/^\.\.\//, '').replace(/^\.\//, `${mod.split('/')[0]}/`);
        for (const el of st.importClause?.namedBindings?.elements ?? []) local.set(el.name.text, `${PREFIX[from]}.${el.name.text}`);
      } else if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) {
        const id = `${PREFIX[mod]}.${st.name.text}`;
        local.set(st.name.text, id);
        decls.set(id, { node: st, module: mod });
      }
    }
    imports.set(mod, local);
  }
  return { decls, imports };
}

function docOf(ts, node) {
  const docs = node.jsDoc;
  if (!docs?.length) return undefined;
  const text = ts.getTextOfJSDocComment(docs[docs.length - 1].comment);
  return text ? text : undefined;
}

/** Builds the schemas of one group-version: its kinds and everything they reference. */
function schemasFor(ts, gv, all) {
  const { decls, imports } = all;
  const schemas = {};
  const queue = [];
  const want = (id) => {
    if (!(id in schemas) && !queue.includes(id)) queue.push(id);
  };
  const typeSchema = (type, mod) => {
    if (type.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
    if (type.kind === ts.SyntaxKind.NumberKeyword) return { type: 'integer' };
    if (type.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
    if (ts.isLiteralTypeNode(type)) return { type: 'string' };
    if (ts.isUnionTypeNode(type)) {
      const kinds = type.types.map((t) => t.kind).sort();
      if (kinds.length === 2 && kinds.includes(ts.SyntaxKind.NumberKeyword) && kinds.includes(ts.SyntaxKind.StringKeyword)) {
        want(INT_OR_STRING);
        return { ref: INT_OR_STRING };
      }
      return { type: 'string' };
    }
    if (ts.isTypeLiteralNode(type)) {
      const index = type.members.find((m) => ts.isIndexSignatureDeclaration(m));
      if (index) return { type: 'object', additionalProperties: wrapRef(typeSchema(index.type, mod)), default: {} };
      return { type: 'object' };
    }
    if (ts.isTypeReferenceNode(type)) {
      const name = type.typeName.getText();
      if (name === 'Array') return { type: 'array', items: wrapRef(typeSchema(type.typeArguments[0], mod)) };
      const id = imports.get(mod).get(name);
      if (!id) throw new Error(`unknown type ${name} in ${mod}`);
      want(id);
      return { ref: id };
    }
    if (type.kind === ts.SyntaxKind.AnyKeyword || type.kind === ts.SyntaxKind.UnknownKeyword) return {};
    throw new Error(`unhandled type ${ts.SyntaxKind[type.kind]} in ${mod}`);
  };
  // A bare reference as an array item or map value; a property wraps it in allOf (as the API server does).
  const wrapRef = (s) => (s.ref ? { $ref: `#/components/schemas/${s.ref}`, ...(decls.get(s.ref)?.node && isObjectRef(s.ref) ? { default: {} } : {}) } : s);
  const isObjectRef = (id) => {
    const d = decls.get(id);
    return d && ts.isInterfaceDeclaration(d.node);
  };
  const property = (member, mod) => {
    const s = typeSchema(member.type, mod);
    const description = docOf(ts, member);
    if (s.ref) return { allOf: [{ $ref: `#/components/schemas/${s.ref}` }], ...(isObjectRef(s.ref) ? { default: {} } : {}), ...(description ? { description } : {}) };
    return { ...(description ? { description } : {}), ...s };
  };
  for (const [kind] of gv.kinds) want(`${PREFIX[gv.module]}.${kind}`);
  while (queue.length) {
    const id = queue.shift();
    if (id === INT_OR_STRING) {
      schemas[id] = { format: 'int-or-string', anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true };
      continue;
    }
    const d = decls.get(id);
    if (!d) throw new Error(`no declaration for ${id}`);
    const description = docOf(ts, d.node);
    if (ts.isTypeAliasDeclaration(d.node)) {
      // Time and MicroTime are strings; Quantity is a string or a number.
      const name = d.node.name.text;
      if (name === 'Quantity') schemas[id] = { ...(description ? { description } : {}), oneOf: [{ type: 'string' }, { type: 'number' }] };
      else schemas[id] = { ...(description ? { description } : {}), type: 'string', ...(/Time$/.test(name) ? { format: 'date-time' } : {}) };
      continue;
    }
    const properties = {};
    const required = [];
    for (const m of d.node.members) {
      if (!ts.isPropertySignature(m)) continue;
      const name = m.name.getText().replace(/^"|"$/g, '');
      properties[name] = property(m, d.module);
      if (!m.questionToken) required.push(name);
    }
    const schema = { ...(description ? { description } : {}), type: 'object', properties: Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : 1))) };
    if (required.length) schema.required = required.sort();
    // The kinds themselves carry their group-version-kind, as the API server publishes them.
    const kind = gv.kinds.find(([k]) => `${PREFIX[gv.module]}.${k}` === id);
    if (kind) schema['x-kubernetes-group-version-kind'] = [{ group: gv.group, kind: kind[0], version: gv.version }];
    schemas[id] = schema;
  }
  return Object.fromEntries(Object.keys(schemas).sort().map((k) => [k, schemas[k]]));
}

function pathsFor(gv) {
  const paths = {};
  const prefix = gv.group ? `/apis/${gv.group}/${gv.version}` : `/api/${gv.version}`;
  for (const [kind, resource, namespaced] of gv.kinds) {
    const base = namespaced ? `${prefix}/namespaces/{namespace}/${resource}` : `${prefix}/${resource}`;
    const gvk = { group: gv.group, kind, version: gv.version };
    for (const [path, op] of [[base, `list${kind}`], [`${base}/{name}`, `read${kind}`]]) {
      paths[path] = { get: { operationId: op, 'x-kubernetes-action': op.startsWith('list') ? 'list' : 'get', 'x-kubernetes-group-version-kind': gvk } };
    }
  }
  return paths;
}

/** The documents, by file name. */
export function generateOpenApi() {
  const require = createRequire(import.meta.url);
  const ts = require('typescript');
  const typesDir = dirname(require.resolve('kubernetes-types/package.json'));
  const version = JSON.parse(readFileSync(join(typesDir, 'package.json'), 'utf8')).version;
  const all = declarations(ts, typesDir);
  const out = {};
  for (const gv of GROUP_VERSIONS) {
    out[gv.file] = {
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: `v${version.replace(/\.\d+$/, '.0')}` },
      paths: pathsFor(gv),
      components: { schemas: schemasFor(ts, gv, all) },
    };
  }
  return out;
}
