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
      let text = readFileSync(args.path, 'utf8');
      let changed = false;
      for (const r of STARTUP_REWRITES) {
        if (r.file.test(args.path) && text.includes(r.from)) {
          text = text.replaceAll(r.from, r.to);
          changed = true;
        }
      }
      return changed ? { contents: text, loader: 'js' } : undefined;
    });
  },
};
