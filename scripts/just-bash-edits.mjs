// The esbuild plugin that bundles just-bash with kubetour's edits (bash's 64-bit arithmetic,
// no yaml process warnings: src/shell/just-bash-edits/edits.mjs). It also applies the start-up
// rewrites of the same files: esbuild takes only the first plugin that loads a file, so this
// one runs before them.
import { readFile } from 'node:fs/promises';
import { JUST_BASH_FILES, editedJustBash } from '../src/shell/just-bash-edits/edits.mjs';
import { applyStartupRewrites } from './startup-rewrites.mjs';

export const justBashEdits = {
  name: 'just-bash-edits',
  setup(b) {
    b.onLoad({ filter: JUST_BASH_FILES }, async (args) => {
      const { text, missing } = editedJustBash(args.path, await readFile(args.path, 'utf8'));
      if (missing.length > 0) return { errors: [{ text: `just-bash changed: the edits (${missing.join(', ')}) no longer apply; see src/shell/just-bash-edits/edits.mjs` }] };
      return { contents: applyStartupRewrites(args.path, text).text, loader: 'js' };
    });
  },
};
