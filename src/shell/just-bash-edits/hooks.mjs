// Node module hooks (registered by register.mjs): just-bash's files are loaded with kubetour's
// edits (edits.mjs), in runs from source — tests, the fuzzer, the bench.
import { fileURLToPath } from 'node:url';
import { JUST_BASH_FILES, editedJustBash } from './edits.mjs';

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.startsWith('file:') || loaded.source == null) return loaded;
  const path = fileURLToPath(url);
  if (!JUST_BASH_FILES.test(path)) return loaded;
  const { text, missing } = editedJustBash(path, String(loaded.source));
  // (Unedited, edits.test.ts names the edits that no longer apply.)
  return missing.length > 0 ? loaded : { ...loaded, source: text };
}
