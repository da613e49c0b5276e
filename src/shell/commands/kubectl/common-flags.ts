// Flags many verbs declare alike, named as kubectl's cmdutil helpers add them
// (AddFilenameOptionFlags, AddDryRunFlag, AddValidateFlags, the printer flags…), so a verb's
// flag list says which groups it takes and only spells out its own.
import type { FlagSpec, FlagType } from './flags.js';

/** Long-only flags of one type, for a verb's own flags: `...longFlags('bool', 'prefix', 'timestamps')`. */
export function longFlags(type: FlagType, ...names: string[]): FlagSpec[] {
  return names.map((name) => ({ name, type }));
}

export const FILENAME_FLAG: FlagSpec = { name: 'filename', short: 'f', type: 'strings' };
export const RECURSIVE_FLAG: FlagSpec = { name: 'recursive', short: 'R', type: 'bool' };
export const KUSTOMIZE_FLAG: FlagSpec = { name: 'kustomize', short: 'k', type: 'string' };
/** cmdutil.AddFilenameOptionFlags: `-f`, `-k`, `-R`. */
export const FILENAME_OPTION_FLAGS: FlagSpec[] = [FILENAME_FLAG, KUSTOMIZE_FLAG, RECURSIVE_FLAG];

export const OUTPUT_FLAG: FlagSpec = { name: 'output', short: 'o', type: 'string' };
export const SELECTOR_FLAG: FlagSpec = { name: 'selector', short: 'l', type: 'string' };
export const ALL_FLAG: FlagSpec = { name: 'all', type: 'bool' };
export const TIMEOUT_FLAG: FlagSpec = { name: 'timeout', type: 'string' };
export const WAIT_FLAG: FlagSpec = { name: 'wait', type: 'bool' };
export const FORCE_FLAG: FlagSpec = { name: 'force', type: 'bool' };
export const GRACE_PERIOD_FLAG: FlagSpec = { name: 'grace-period', type: 'int' };
export const CASCADE_FLAG: FlagSpec = { name: 'cascade', type: 'string', noOptDefault: 'background' };
export const SUBRESOURCE_FLAG: FlagSpec = { name: 'subresource', type: 'string' };
export const RAW_FLAG: FlagSpec = { name: 'raw', type: 'string' };
export const WINDOWS_LINE_ENDINGS_FLAG: FlagSpec = { name: 'windows-line-endings', type: 'bool' };

/** `-i`, `-t`, `-q`: how exec and run attach to the container. */
export const ATTACH_FLAGS: FlagSpec[] = [
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
];

/** cmdutil.AddDryRunFlag: `--dry-run` alone means `unchanged` (then warned about). */
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' };
/** cmdutil.AddValidateFlags: `--validate` alone means strict. */
export const VALIDATE_FLAG: FlagSpec = { name: 'validate', type: 'string', noOptDefault: 'strict' };
export const SAVE_CONFIG_FLAG: FlagSpec = { name: 'save-config', type: 'bool' };
export const FIELD_MANAGER_FLAG: FlagSpec = { name: 'field-manager', type: 'string' };
export const SHOW_MANAGED_FIELDS_FLAG: FlagSpec = { name: 'show-managed-fields', type: 'bool' };
/** The go-template printer's flags. */
export const TEMPLATE_FLAGS: FlagSpec[] = [
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'template', type: 'string' },
];

/** What every `create <generator>` takes: printing, dry run, --save-config, validation, field manager. */
export const GENERATOR_FLAGS: FlagSpec[] = [OUTPUT_FLAG, DRY_RUN_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG, FIELD_MANAGER_FLAG, SHOW_MANAGED_FIELDS_FLAG, ...TEMPLATE_FLAGS];
