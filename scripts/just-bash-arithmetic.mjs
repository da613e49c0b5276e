// The esbuild plugin that bundles just-bash with bash's 64-bit arithmetic
// (src/shell/arithmetic/patch-just-bash.mjs). It also applies the start-up rewrites of the same
// file: esbuild takes only the first plugin that loads a file, so this one runs before them.
import { readFile } from 'node:fs/promises';
import { JUST_BASH_ENTRY, patchedJustBash } from '../src/shell/arithmetic/patch-just-bash.mjs';
import { applyStartupRewrites } from './startup-rewrites.mjs';

export const justBashArithmetic = {
  name: 'just-bash-arithmetic',
  setup(b) {
    b.onLoad({ filter: JUST_BASH_ENTRY }, async (args) => {
      const { text, missing } = patchedJustBash(await readFile(args.path, 'utf8'));
      if (missing.length > 0) return { errors: [{ text: `just-bash changed: the arithmetic edits (${missing.join(', ')}) no longer apply; see src/shell/arithmetic/patch-just-bash.mjs` }] };
      return { contents: applyStartupRewrites(args.path, text).text, loader: 'js' };
    });
  },
};
