// Bundles the CLI into one ESM file so start-up reads one file instead of hundreds.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { lazyBuiltins, startupRewrites, withheldChunks } from './startup-rewrites.mjs';
import { justBashEdits } from './just-bash-edits.mjs';

if (!existsSync('node_modules/esbuild')) {
  // Installed without dev dependencies: the prebuilt dist/ (if any) is used as is.
  process.exit(0);
}

// The OpenAPI v3 documents (`kubectl explain`, `kubetour serve`) come from the Kubernetes 1.30
// API's doc comments in kubernetes-types, regenerated on every build.
const { generateOpenApi } = await import('../src/cluster/api/openapi/generate.mjs');
for (const [file, doc] of Object.entries(generateOpenApi())) {
  const path = `src/cluster/api/openapi/data/${file}`;
  const text = JSON.stringify(doc);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

/** A hash of every file under `dir` (names and contents, in a fixed order). */
function sourceHash(dir) {
  const h = createHash('sha256');
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${p}\0`).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

/** Compile-time constants of every bundle this build makes. */
const DEFINES = {
  // Lets the code tell the bundle from a run from source (where the shipped lessons live).
  KUBETOUR_BUNDLED: 'true',
  // Keys caches of work done by this build's code (lessons parsed from --lessons DIR).
  KUBETOUR_BUILD_ID: JSON.stringify(sourceHash('src')),
  // React's production build: its development checks cost start-up time and memory.
  'process.env.NODE_ENV': '"production"',
};
// Optional at run time and never used here (ink's devtools hook); heavy just-bash
// runtimes we never enable stay out of the bundle.
const EXTERNAL = ['quickjs-emscripten', 'sql.js', 'node-liblzma', '@mongodb-js/zstd'];

const OPENAPI_DATA = 'src/cluster/api/openapi/data';
const X509_SOURCE = 'src/cluster/network/x509.ts';
const ON_DEMAND_OPENAPI = 'openapi';
const ON_DEMAND_X509 = 'shell-x509.cjs';

/**
 * Parts of the plain shell that only some commands load (the OpenAPI documents of `kubectl
 * explain`, 470 KB; @peculiar/x509 of `openssl req`/`x509`, 330 KB) stay files of their own
 * beside dist/shell.cjs, read when first imported: every start reads and decodes the whole
 * bundle, these bytes included. (The shell bundle is CommonJS, which esbuild does not split.)
 */
const onDemandFiles = {
  name: 'on-demand-files',
  setup(b) {
    b.onResolve({ filter: /_openapi\.json$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path.replace(/^.*\//, ''), namespace: 'on-demand-json' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'on-demand-json' }, (args) => ({
      contents: `module.exports = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(ON_DEMAND_OPENAPI)}, ${JSON.stringify(args.path)}), 'utf8'));`,
      loader: 'js',
    }));
    b.onResolve({ filter: /network\/x509\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: 'x509', namespace: 'on-demand-x509' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'on-demand-x509' }, () => ({ contents: `module.exports = require(${JSON.stringify(`./${ON_DEMAND_X509}`)});`, loader: 'js' }));
    b.onResolve({ filter: new RegExp(`^\\./${ON_DEMAND_X509.replace('.', '\\.')}$`) }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * What the code cache of the plain shell is trained on: making the session (cluster,
 * scenario, laptop shell) and kubectl's common read path — every scripted session's start.
 */
const TRAINING_SCRIPT = 'kubectl get pods\nkubectl get svc';

/** What the CommonJS bundles (the launcher, the plain shell) are built with. */
const COMMONJS_BUNDLE = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', legalComments: 'none', minify: true, logLevel: 'warning' };

rmSync('dist', { recursive: true, force: true });
// The app: ES modules, named .mjs because dist/ is CommonJS (below).
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  // Dynamic imports become chunks loaded on demand, so the first frame does not wait for
  // the simulator and shell to load.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  jsx: 'automatic',
  sourcemap: 'linked',
  legalComments: 'none',
  define: DEFINES,
  // Minified: ~11 MB less resident memory in the TUI (measured); source maps keep traces readable.
  minify: true,
  logLevel: 'warning',
  external: EXTERNAL,
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
  plugins: [justBashEdits, startupRewrites],
  banner: {
    js: [
      "import { createRequire as __kubetourCreateRequire } from 'node:module';",
      'const require = __kubetourCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

// The program's entry (src/launch.ts): CommonJS, so a plain shell session never starts
// Node's ES module loader; it loads the app (dist/cli.mjs) for every other command.
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
await build({
  ...COMMONJS_BUNDLE,
  entryPoints: ['src/launch.ts'],
  outfile: 'dist/kubetour.js',
  banner: { js: '#!/usr/bin/env node' },
  plugins: [{ name: 'the-app', setup: (b) => b.onResolve({ filter: /^\.\/cli\.js$/ }, () => ({ path: './cli.mjs', external: true })) }],
});
chmodSync('dist/kubetour.js', 0o755);

await buildPlainShell('dist/shell.cjs');
await shipLessons('lessons', 'dist/lessons');

/**
 * `kubetour shell` (scripted `-c` and interactive) as one CommonJS file plus V8's code
 * cache for it (src/code-cache.ts; dist/kubetour.js loads it). The cache is written after a
 * training run in this process, so it holds what such a run compiled. Everything the shell
 * may import on demand is inlined: its code is only parsed, lazily, when first run.
 */
async function buildPlainShell(out) {
  await build({
    ...COMMONJS_BUNDLE,
    entryPoints: ['src/shell/cli-shell.ts'],
    outfile: out,
    charset: 'ascii',
    define: { ...DEFINES, 'import.meta.url': '__kubetour_url' },
    banner: { js: 'var __kubetour_url = require("node:url").pathToFileURL(__filename).href;' },
    external: EXTERNAL,
    plugins: [justBashEdits, startupRewrites, withheldChunks, onDemandFiles, lazyBuiltins],
  });
  mkdirSync(join(dirname(out), ON_DEMAND_OPENAPI), { recursive: true });
  for (const f of readdirSync(OPENAPI_DATA)) copyFileSync(join(OPENAPI_DATA, f), join(dirname(out), ON_DEMAND_OPENAPI, f));
  await build({ entryPoints: [X509_SOURCE], outfile: join(dirname(out), ON_DEMAND_X509), bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', minify: true, logLevel: 'warning' });
  // The loader reads it as Latin-1 (one byte a character): it must be ASCII.
  const bytes = readFileSync(out);
  const at = bytes.findIndex((b) => b > 0x7f);
  if (at >= 0) throw new Error(`build: ${out} has a non-ASCII byte at ${at}: ${JSON.stringify(bytes.subarray(Math.max(0, at - 60), at + 10).toString('latin1'))}`);

  const loader = resolve('dist/.code-cache.mjs');
  await build({ entryPoints: ['src/code-cache.ts'], outfile: loader, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
  try {
    const { loadCachedBundle, wrapModule, writeCodeCache } = await import(pathToFileURL(loader).href);
    // Shipped inside the module wrapper, as the loader runs it (src/code-cache.ts says why).
    writeFileSync(out, wrapModule(bytes.toString('latin1')), 'latin1');
    const file = resolve(out);
    saveStartingClusters(loader, file);
    const bundle = loadCachedBundle(file, `${file}.cache`);
    const sink = new Writable({ write: (_chunk, _enc, done) => done() });
    const status = await bundle.exports.runShellCli(['-c', TRAINING_SCRIPT], { stdin: Readable.from([]), stdout: sink, stderr: sink, env: {} });
    if (status !== 0) throw new Error(`build: the training run of ${out} exited ${status}`);
    writeCodeCache(bundle, `${file}.cache`);
    // V8 must take the cache it just made (a Node whose flags change the cache would not).
    if (loadCachedBundle(file, `${file}.cache`).cacheMissed) console.warn(`build: V8 refused the code cache of ${out}; the plain shell will compile from source`);
  } finally {
    rmSync(loader, { force: true });
  }
}

/**
 * The starting clusters of the default sessions, saved by the bundle itself (src/shell/
 * shipped-clusters.ts) into dist/clusters/, so a session restores one instead of building it.
 * In a process of its own, so the code cache trained next holds what a session that restores
 * runs, not the building it replaces. A cluster that cannot be saved (a part holding state the
 * codec does not know) is built by every session instead.
 */
function saveStartingClusters(loader, bundle) {
  const script = `
    import { loadCachedBundle } from ${JSON.stringify(pathToFileURL(loader).href)};
    import { mkdirSync, writeFileSync } from 'node:fs';
    import { dirname } from 'node:path';
    const { SHIPPED_CLUSTERS, savedStartingClusterText, shippedClusterFile } = loadCachedBundle(${JSON.stringify(bundle)}, '').exports;
    for (const { seed, scenario } of SHIPPED_CLUSTERS) {
      const file = shippedClusterFile(seed, scenario);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, savedStartingClusterText(seed, scenario));
    }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  // Not shipping one only makes start-up slower (the cluster is built): said, not fatal.
  // test/cluster/saved-cluster.test.ts fails with the part that could not be saved.
  if (r.status !== 0) console.warn(`build: the starting clusters were not saved (sessions will build them): ${r.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? r.stderr.trim()}`);
}

/**
 * The lessons ship inside dist/: the YAML files (for `kubetour lint` / `verify` and authors
 * reading them) and the same lessons parsed and validated once, here, by the app's own loader
 * and schema, so start-up only parses JSON. Lessons with errors are compiled with their errors
 * (the app lists them as unavailable; `kubetour lint` reports them with positions).
 */
async function shipLessons(from, to) {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) if (/\.(ya?ml|json)$/.test(f)) copyFileSync(join(from, f), join(to, f));
  // The compiler is bundled on its own (dependencies stay in node_modules) and run in-process.
  const compiler = resolve('dist/.compile-lessons.mjs');
  await build({
    entryPoints: ['src/tutor/lessons/compile-at-build.ts'],
    outfile: compiler,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
  });
  try {
    const { compileLessonsDir, COMPILED_FILE } = await import(pathToFileURL(compiler).href);
    const { json, withErrors } = compileLessonsDir(resolve(to));
    writeFileSync(join(to, COMPILED_FILE), json);
    if (withErrors.length) console.warn(`build: lessons with errors (run \`kubetour lint\`): ${withErrors.join(', ')}`);
  } finally {
    rmSync(compiler, { force: true });
  }
}
