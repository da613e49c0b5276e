export const JUST_BASH_FILES: RegExp;
export const ARITHMETIC_EDITS: readonly [what: string, from: string, to: string][];
export const BUILTIN_EDITS: readonly [what: string, from: string, to: string][];
export const YAML_WARNING: readonly [what: string, from: string, to: string];
export function editedJustBash(path: string, source: string): { text: string; missing: string[] };
