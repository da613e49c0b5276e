// `kubetour play`: the tutor without a terminal UI. Each line on stdin is one thing a learner
// types (a shell command, `/hint`, `y`, a quiz answer, a question, an empty line for Enter);
// the tutor's turns go to stdout as plain text (or JSON lines with --json). It drives the
// same Tutor facade as the TUI, so a script of lines is a real tutoring session: for tests,
// handouts, editors' shell buffers and screen readers. Nothing is kept unless asked
// (--progress-dir): progress lives in a temporary folder removed at the end.
import { isQuestion } from '../../tutor/questions/is-question.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { CliIO } from '../../cli-io.js';
import type { Turn } from '../../tutor/index.js';
import { langFromEnv, uiT, type Lang } from '../i18n.js';
import { drawDiagram } from '../diagrams/index.js';
import type { SessionPort } from '../conversation.js';
import { PlainWriter, type PlainOptions } from './plain-turns.js';
import { clusterConsent } from '../cluster-consent.js';
import { clusterT } from '../../i18n/index.js';
import type { RealClusterTarget } from '../../tutor/real/real-sessions.js';

export const PLAY_USAGE = `usage: kubetour play [--lesson ID [--step N|STEP-ID] | --sandbox] [--lang ko|en] [--seed N]
                     [--lessons DIR] [--json] [--color] [--interactive] [--progress-dir DIR]
                     [--cluster [CONTEXT]]

Reads what a learner types from stdin, one line per input (commands, /hint, /solution, y, n,
quiz answers, questions ending in "?", an empty line for Enter), and writes the tutor's turns
to stdout as plain text (--json: one JSON object per input: {"input","turns","status"}).
Same seed and same lines give the same bytes.
--cluster: the lesson runs on the real cluster of CONTEXT (default: the current context); the
first line of stdin answers the question whether to go on (y).
`;

export interface PlayFlags {
  lesson?: string;
  step?: string;
  lang?: Lang;
  seed?: number;
  lessonsDir?: string;
  sandbox: boolean;
  json: boolean;
  color: boolean;
  interactive: boolean;
  progressDir?: string;
  /** `--cluster [CONTEXT]`: a context name, or true for the kubeconfig's current context. */
  cluster?: string | true;
}

/** Parses `kubetour play`'s flags; a string is the message for stderr (exit 2). */
export function parsePlayFlags(argv: string[], envLang: Lang): PlayFlags | { help: true } | string {
  const t = uiT(envLang);
  const flags: PlayFlags = { sandbox: false, json: false, color: false, interactive: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];
    const need = (): string | { error: string } => {
      const v = value();
      return v === undefined || v === '' ? { error: t('missingValue', { flag: name }) } : v;
    };
    switch (name) {
      case '--lesson':
      case '--step':
      case '--lessons':
      case '--progress-dir':
      case '--lang':
      case '--seed': {
        const v = need();
        if (typeof v !== 'string') return v.error;
        if (name === '--lang') {
          if (v !== 'ko' && v !== 'en') return t('badLang');
          flags.lang = v;
        } else if (name === '--seed') {
          if (!/^\d+$/.test(v)) return t('badSeed');
          flags.seed = Number(v);
        } else if (name === '--lesson') flags.lesson = v;
        else if (name === '--step') flags.step = v;
        else if (name === '--lessons') flags.lessonsDir = v;
        else flags.progressDir = v;
        break;
      }
      case '--cluster': {
        // The context is optional: the next word is it unless it is another flag.
        const v = inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('-') ? argv[++i] : undefined);
        flags.cluster = v || true;
        break;
      }
      case '--sandbox':
        flags.sandbox = true;
        break;
      case '--json':
        flags.json = true;
        break;
      case '--color':
        flags.color = true;
        break;
      case '--interactive':
        flags.interactive = true;
        break;
      case '-h':
      case '--help':
        return { help: true };
      default:
        return t('badFlag', { flag: arg });
    }
  }
  if (flags.step !== undefined && !flags.lesson) return `kubetour play: --step needs --lesson\n`;
  return flags;
}

export async function runPlayCli(argv: string[], io: CliIO): Promise<number> {
  const envLang = langFromEnv(io.env);
  const parsed = parsePlayFlags(argv, envLang);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed.trimEnd()}\n${PLAY_USAGE}`);
    return 2;
  }
  if ('help' in parsed) {
    io.stdout.write(PLAY_USAGE);
    return 0;
  }
  const flags = parsed;
  let realCluster: RealClusterTarget | undefined;
  // With --cluster the first line answers the consent; the same reader then feeds the script.
  let reader: ReturnType<typeof lineReader> | undefined;
  if (flags.cluster) {
    reader = lineReader(io.stdin);
    const consent = await clusterConsent(io, flags.lang ?? envLang, flags.cluster === true ? undefined : flags.cluster, async () => (await reader!.lines.next()).value as string | undefined);
    if (typeof consent === 'number') {
      reader.close();
      return consent;
    }
    realCluster = consent;
  }
  const configDir = flags.progressDir ?? mkdtempSync(join(tmpdir(), 'kubetour-play-'));
  let tutor: Awaited<ReturnType<typeof import('../../tutor/index.js').Tutor.open>> | undefined;
  const stopOnSignal = () => {
    closeCluster(tutor, io, flags.lang ?? envLang);
    process.exit(130);
  };
  if (realCluster) process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
  try {
    const { Tutor } = await import('../../tutor/index.js');
    try {
      tutor = await Tutor.open({
        configDir,
        lessonsDir: flags.lessonsDir,
        lang: flags.lang ?? envLang,
        seed: flags.seed,
        lessonId: flags.lesson,
        step: flags.step,
        sandbox: flags.sandbox,
        env: io.env,
        realCluster,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      io.stderr.write(`${realCluster ? clusterT(flags.lang ?? envLang)('openFailed', { context: realCluster.context, message }) : uiT(flags.lang ?? envLang)('openFailed', { message })}\n`);
      return 1;
    }
    // The script is what a learner types at a terminal: programs see one (curl draws no
    // progress meter, `kubectl exec -it` opens a shell), as in the app.
    (tutor.session as { tty?: boolean }).tty = true;
    if (flags.lesson && (tutor.status() as { lessonId?: string }).lessonId === undefined) {
      // The lesson (or its step) could not be opened: say why, and do not play the script
      // in a sandbox the author did not ask for.
      await playLines(tutor, { ...io, stdin: emptyStdin() }, flags);
      return 1;
    }
    return await playLines(tutor, io, flags, reader?.lines);
  } finally {
    reader?.close();
    if (realCluster) {
      process.off('SIGINT', stopOnSignal).off('SIGTERM', stopOnSignal);
      closeCluster(tutor, io, flags.lang ?? envLang);
    }
    if (!flags.progressDir) rmSync(configDir, { recursive: true, force: true });
  }
}

/** Real-cluster mode: says what is deleted, then deletes the learner's namespace and directory. */
function closeCluster(tutor: { realCluster(): { context: string; namespace?: string } | undefined; close(): void } | undefined, io: CliIO, lang: Lang): void {
  const real = tutor?.realCluster();
  if (real?.namespace) io.stdout.write(`${clusterT(lang)('cleanup', { context: real.context, namespace: real.namespace })}\n`);
  tutor?.close();
}

/** What play needs of the Tutor (the facade satisfies it; tests may pass their own). */
export interface PlayTutor {
  lang: Lang;
  readonly session: SessionPort & { isIncomplete(text: string): boolean; prompt(): string };
  startTurns(): Turn[];
  input(line: string): Promise<Turn[]>;
  status(): unknown;
}

/** stdin's lines, one reader for the whole run. */
function lineReader(input: NodeJS.ReadableStream): { lines: AsyncIterator<string>; close(): void } {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  return { lines: rl[Symbol.asyncIterator](), close: () => rl.close() };
}

/** Feeds stdin's lines (or `given`, a reader already started) to the tutor one input at a time and writes its turns. */
export async function playLines(tutor: PlayTutor, io: CliIO, flags: Pick<PlayFlags, 'json' | 'color' | 'interactive'>, given?: AsyncIterator<string>): Promise<number> {
  const write = (s: string) => void io.stdout.write(s);
  const plain = new PlainWriter(write);
  const interactive = flags.interactive || !!io.stdin.isTTY;
  const opts = (): PlainOptions => ({
    lang: tutor.lang,
    color: flags.color,
    draw: (turn) => drawDiagram(tutor.session, turn, tutor.lang, true),
  });
  const emit = (input: string | null, turns: Turn[]) => {
    if (flags.json) {
      const shown = turns.map((turn) => (turn.kind === 'diagram' ? { ...turn, lines: opts().draw(turn) } : turn));
      write(`${JSON.stringify({ input, turns: shown, status: tutor.status() })}\n`);
      return;
    }
    // A shell line shows itself as a command turn; anything else is echoed as typed, so a
    // transcript of a piped script reads as the conversation it was.
    if (input !== null && !interactive && turns[0]?.kind !== 'command') plain.echo(pendingPrompt, input, flags.color);
    plain.turns(turns, opts());
  };
  // The prompt the learner's line was typed at (the line may move the learner elsewhere).
  let pendingPrompt = tutor.session.prompt();

  emit(null, tutor.startTurns());
  const own = given ? undefined : lineReader(io.stdin);
  const lines = given ?? own!.lines;
  let parts: string[] = [];
  try {
    for (;;) {
      if (interactive && !flags.json) plain.prompt(parts.length ? '> ' : tutor.session.prompt());
      const next = await lines.next();
      if (next.done) break;
      parts.push(next.value);
      const text = parts.join('\n');
      if (safeIncomplete(tutor, text)) continue;
      parts = [];
      pendingPrompt = tutor.session.prompt();
      let turns: Turn[];
      try {
        turns = await tutor.input(text);
      } catch (err) {
        turns = [{ kind: 'warning', markdown: `kubetour: ${err instanceof Error ? err.message : String(err)}` }];
      }
      emit(text, turns);
      if (turns.some((x) => x.kind === 'quit')) break;
    }
    // An unfinished command at the end of input (an open heredoc or quote) still runs, as
    // a shell reading a script would report it.
    if (parts.length) emit(parts.join('\n'), await tutor.input(parts.join('\n')));
  } finally {
    own?.close();
  }
  if (interactive && !flags.json) write('\n');
  return 0;
}

function emptyStdin(): NodeJS.ReadableStream {
  return Readable.from([]);
}

function safeIncomplete(tutor: PlayTutor, text: string): boolean {
  // A question to the tutor ("what's a NodePort?") is not a shell line with an open quote.
  if (!text.includes('\n') && isQuestion(text)) return false;
  try {
    return tutor.session.isIncomplete(text);
  } catch {
    return false;
  }
}
