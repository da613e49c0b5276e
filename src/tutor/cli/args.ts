// Command-line options in any order (`export FILE --name N` or `export --name N FILE`),
// `--opt value` or `--opt=value`, `--` ending the options: node:util's parseArgs, with its
// errors turned into one sentence in the user's language.
import { parseArgs } from 'node:util';
import { detectLanguage, instructorT, type Lang } from '../../i18n/index.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** The parsed options, or the message for stderr (the caller adds its usage and exits 2). */
export function parseOptions(cmd: string, argv: string[], options: OptionSpec, lang: Lang): Parsed | { error: string } {
  const t = instructorT(lang);
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    for (const [name, spec] of Object.entries(options)) {
      const v = values[name];
      if (spec.type === 'string' && v === '') return { error: t('args.missingValue', { cmd, flag: `--${name}` }) };
    }
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const quoted = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { error: t('args.unknown', { cmd, arg: quoted.split(' ')[0] }) };
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // A string option without its value ("--name" last) or a value given to a switch.
      const flag = /--[a-z-]+/.exec(err.message ?? '')?.[0] ?? quoted;
      const isString = Object.entries(options).some(([n, s]) => `--${n}` === flag && s.type === 'string');
      return { error: isString ? t('args.missingValue', { cmd, flag }) : t('args.unknown', { cmd, arg: flag }) };
    }
    return { error: t('args.unknown', { cmd, arg: quoted }) };
  }
}

/** `--lang` checked (ko or en); undefined when not given. */
export function langOption(cmd: string, v: string | boolean | undefined, lang: Lang): Lang | undefined | { error: string } {
  if (v === undefined) return undefined;
  if (v === 'ko' || v === 'en') return v;
  return { error: instructorT(lang)('args.badLang', { cmd, value: String(v) }) };
}

/**
 * The common start of an instructor's command: parses `argv` (adding --lang and --help),
 * prints the usage for --help, and says what is wrong with the options. Returns the parsed
 * options with the language to speak, or the exit code to end with.
 */
export function startCommand(
  cmd: string,
  argv: string[],
  options: OptionSpec,
  usage: string,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: Record<string, string | undefined> },
): (Parsed & { lang: Lang }) | number {
  const envLang = detectLanguage(undefined, io.env);
  const parsed = parseOptions(cmd, argv, { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, envLang);
  if ('error' in parsed) {
    io.stderr.write(`${parsed.error}\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(usage);
    return 0;
  }
  const chosen = langOption(cmd, parsed.values.lang, envLang);
  if (typeof chosen === 'object') {
    io.stderr.write(`${chosen.error}\n`);
    return 2;
  }
  return { ...parsed, lang: detectLanguage(chosen, io.env) };
}
