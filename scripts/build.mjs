// Bundles the CLI into one ESM file so start-up reads one file instead of hundreds.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

if (!existsSync('node_modules/esbuild')) {
  // Installed without dev dependencies: the prebuilt dist/ (if any) is used as is.
  process.exit(0);
}

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/kubetour.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  jsx: 'automatic',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // Optional at run time and never used here (ink's devtools hook); heavy just-bash
  // runtimes we never enable stay out of the bundle.
  external: ['react-devtools-core', 'quickjs-emscripten', 'sql.js', 'node-liblzma', '@mongodb-js/zstd'],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __kubetourCreateRequire } from 'node:module';",
      'const require = __kubetourCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});
chmodSync('dist/kubetour.js', 0o755);
