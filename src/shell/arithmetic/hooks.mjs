// Node module hooks (registered by register.mjs): just-bash's entry is loaded with bash's
// 64-bit arithmetic (patch-just-bash.mjs), in runs from source — tests, the fuzzer, the bench.
import { JUST_BASH_ENTRY, patchedJustBash } from './patch-just-bash.mjs';

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.startsWith('file:') || !JUST_BASH_ENTRY.test(decodeURIComponent(url)) || loaded.source == null) return loaded;
  const { text, missing } = patchedJustBash(String(loaded.source));
  // (Unpatched, arithmetic.test.ts names the edits that no longer apply.)
  return missing.length > 0 ? loaded : { ...loaded, source: text };
}
