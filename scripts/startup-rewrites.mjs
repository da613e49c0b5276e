// Edits to dependencies' code made while bundling, each for a start-up cost measured in a
// profile. Kept apart from build.mjs so a test can check that each still finds its text.
import { readFileSync } from 'node:fs';

/**
 * Start-up work dependencies do for nothing (reads of Node's lazy web globals that load its
 * whole fetch stack, undici: 15-70 ms; the first ICU collator), rewritten at bundle time.
 * Each rewrite applies only where its exact text is found, so a changed dependency falls
 * back to its own code (and test/build/startup-rewrites.test.ts says so).
 */
export const STARTUP_REWRITES = [
  {
    // just-bash keeps `globalThis.Headers` at load time for its own curl, which kubetour
    // replaces; the read moves to the first `new Headers(…)`, which gets the real class.
    file: /just-bash[\\/]dist[\\/]bundle[\\/].*\.js$/,
    from: '=globalThis.Headers',
    to: '=(class Headers{constructor(...a){return new globalThis.Headers(...a)}static[Symbol.hasInstance](v){return v instanceof globalThis.Headers}})',
  },
  {
    // just-bash sorts the names in $SHELLOPTS with localeCompare in every new shell; the first
    // localeCompare of a process builds an ICU collator (35-55 ms). The names are lowercase
    // ASCII words, whose code-point order is the same.
    file: /just-bash[\\/]dist[\\/]bundle[\\/].*\.js$/,
    from: '.sort((r,s)=>r.name.localeCompare(s.name))',
    to: '.sort((r,s)=>r.name<s.name?-1:r.name>s.name?1:0)',
  },
  {
    // string-width tests every non-ASCII grapheme against /^\p{RGI_Emoji}$/v; V8 compiles that
    // set of strings on its first use, 60-190 ms, and the tutor's first Korean line pays it.
    // Every RGI emoji sequence holds an Emoji code point (its base, a keycap digit, a regional
    // indicator, a tag sequence's flag), so a grapheme without one is not an RGI emoji and
    // never reaches the costly test (test/build/startup-rewrites.test.ts checks the claim).
    file: /string-width[\\/]index\.js$/,
    from: 'rgiEmojiRegex.test(segment)',
    to: '(mayBeEmojiRegex.test(segment)&&rgiEmojiRegex.test(segment))',
  },
  {
    file: /string-width[\\/]index\.js$/,
    from: 'const rgiEmojiRegex =',
    to: 'const mayBeEmojiRegex = /\\p{Emoji}/u;\nconst rgiEmojiRegex =',
  },
  {
    // Yoga's WebAssembly is a base64 data: URI in the bundle; emscripten would fetch() it
    // when fetch exists. Decoding it directly is what it does without fetch.
    file: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
    from: 'return w||"function"!=typeof fetch?',
    to: 'return w||!0?',
  },
];

export const startupRewrites = {
  name: 'startup-rewrites',
  setup(b) {
    // One loader for every file any rewrite names, applying all of that file's rewrites
    // (esbuild uses only the first onLoad that answers for a file).
    const files = new RegExp(STARTUP_REWRITES.map((r) => r.file.source).join('|'));
    b.onLoad({ filter: files }, async (args) => {
      const { text, changed } = applyStartupRewrites(args.path, readFileSync(args.path, 'utf8'));
      return changed ? { contents: text, loader: 'js' } : undefined;
    });
  },
};

/** The file's text with every rewrite that names it and finds its text applied. */
export function applyStartupRewrites(path, source) {
  let text = source;
  let changed = false;
  for (const r of STARTUP_REWRITES) {
    if (r.file.test(path) && text.includes(r.from)) {
      text = text.replaceAll(r.from, r.to);
      changed = true;
    }
  }
  return { text, changed };
}

/**
 * just-bash's lazily imported chunks that kubetour never runs, kept out of the plain shell's
 * bundle (~1 MB of its 4 MB: every start reads and decodes the whole file). undici is its
 * own curl's network stack, loaded only when a shell is given `network` access (kubetour's
 * shells never are; kubetour's curl answers from the simulation); html-to-markdown (with
 * domino and turndown) is a command kubetour replaces with "command not found". Each becomes
 * a module that fails when imported, so a future just-bash that did reach one fails loudly
 * in the bundle test instead of running something else.
 */
export const WITHHELD_CHUNKS = [/^\.\/chunks\/undici-[\w-]+\.js$/, /^\.\/chunks\/html-to-markdown-[\w-]+\.js$/, /^\.\/chunks\/flag-coverage-[\w-]+\.js$/];

export const withheldChunks = {
  name: 'withheld-chunks',
  setup(b) {
    const filter = new RegExp(WITHHELD_CHUNKS.map((r) => r.source).join('|'));
    b.onResolve({ filter }, (args) => (/just-bash[\\/]dist[\\/]bundle/.test(args.resolveDir) ? { path: args.path, namespace: 'withheld' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'withheld' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`kubetour: ${args.path} of just-bash is not bundled`)});`,
      loader: 'js',
    }));
  },
};

/**
 * Node built-in modules the plain shell's bundle imports at its top level but a session uses
 * only in some commands (a worker for just-bash's runtimes, DNS, readline for the interactive
 * shell, crypto for keys and checksums, zlib for gzip): each costs its own compile at every
 * start (together ~10 ms). Each import gets a stand-in whose exports are getters that load
 * the real module on first use. The names are the running Node's exports of that module.
 */
export const LAZY_BUILTINS = ['node:worker_threads', 'node:dns', 'node:readline', 'node:crypto', 'node:zlib', 'node:perf_hooks', 'node:fs/promises', 'node:async_hooks'];

export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const bare = (p) => p.replace(/^node:/, '');
    const names = new Set(LAZY_BUILTINS.flatMap((m) => [m, bare(m)]));
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => (names.has(args.path) && args.namespace !== 'lazy-builtin' ? { path: `node:${bare(args.path)}`, namespace: 'lazy-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const { createRequire } = await import('node:module');
      const keys = Object.keys(createRequire(import.meta.url)(args.path)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
      const getters = keys.map((k) => `${JSON.stringify(k)}: { get: () => load()[${JSON.stringify(k)}], enumerable: true }`).join(',\n');
      return {
        contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));\nObject.defineProperties(module.exports, {\n${getters}\n});\n`,
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
  },
};
