export const JUST_BASH_ENTRY: RegExp;
export const EDITS: readonly [what: string, from: string, to: string][];
export function patchedJustBash(source: string): { text: string; missing: string[] };
