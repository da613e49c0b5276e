// `kubetour` with no subcommand: the Ink tutorial. Parses the flags, refuses politely when
// there is no interactive terminal (Ink's input needs raw mode; the scripted shell is the
// way for pipes), opens the Tutor and renders the App until the learner quits.
import { createElement } from 'react';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { readFileSync } from 'node:fs';
import type { CliIO } from '../cli-io.js';
import { langFromEnv, uiT, type Lang } from './i18n.js';
import type { TutorPort } from './conversation.js';
import { wallSleep } from '../shell/wall-sleep.js';

export interface AppFlags {
  lang?: Lang;
  lesson?: string;
  /** `--step N|STEP-ID` with --lesson: start there (the tutor reads the number or id, as `play` does). */
  step?: string;
  /** Another lessons directory (a workshop's own lessons). */
  lessonsDir?: string;
  seed?: number;
  resetProgress: boolean;
  plain: boolean;
  sandbox: boolean;
  /** `--cluster [CONTEXT]`: a context name, or true for the kubeconfig's current context. */
  cluster?: string | true;
}

/** Parses the tutorial's flags; returns an error key (ui.json) and the offending flag on bad input. */
export function parseAppFlags(argv: string[]): { flags: AppFlags } | { error: string; flag?: string } {
  const flags: AppFlags = { resetProgress: false, plain: false, sandbox: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case '--lang': {
        const v = value();
        if (v === undefined) return { error: 'missingValue', flag: name };
        if (v !== 'ko' && v !== 'en') return { error: 'badLang' };
        flags.lang = v;
        break;
      }
      case '--lesson': {
        const v = value();
        if (!v) return { error: 'missingValue', flag: name };
        flags.lesson = v;
        break;
      }
      case '--step': {
        const v = value();
        if (!v) return { error: 'missingValue', flag: name };
        flags.step = v;
        break;
      }
      case '--lessons': {
        const v = value();
        if (!v) return { error: 'missingValue', flag: name };
        flags.lessonsDir = v;
        break;
      }
      case '--seed': {
        const v = value();
        if (v === undefined) return { error: 'missingValue', flag: name };
        if (!/^\d+$/.test(v)) return { error: 'badSeed' };
        flags.seed = Number(v);
        break;
      }
      case '--reset-progress':
        flags.resetProgress = true;
        break;
      case '--plain':
        flags.plain = true;
        break;
      case '--sandbox':
        flags.sandbox = true;
        break;
      case '--cluster': {
        // The context is optional: the next word is it unless it is another flag.
        const v = inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('-') ? argv[++i] : undefined);
        flags.cluster = v || true;
        break;
      }
      default:
        return { error: 'badFlag', flag: arg };
    }
  }
  if (flags.step !== undefined && (flags.lesson === undefined || flags.sandbox)) return { error: 'stepNeedsLesson' };
  return { flags };
}

/** $XDG_CONFIG_HOME/kubetour, else ~/.config/kubetour — where progress and history live. */
export function configDirFrom(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'kubetour');
}

export async function runAppCli(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseAppFlags(argv);
  const envLang = langFromEnv(io.env);
  if ('error' in parsed) {
    io.stderr.write(`${uiT(envLang)(parsed.error, { flag: parsed.flag })}\n`);
    return 2;
  }
  const { flags } = parsed;
  const t = uiT(flags.lang ?? envLang);
  // Ink's useInput throws without a raw-mode TTY: never render it then.
  if (!io.stdin.isTTY || !io.stdout.isTTY) {
    io.stderr.write(`${t('notTty')}\n`);
    return 2;
  }

  // --cluster: the learner says yes to a real shell and a real cluster before anything runs.
  let realCluster: import('../tutor/real/real-sessions.js').RealClusterTarget | undefined;
  if (flags.cluster) {
    const { clusterConsent, readOneLine } = await import('./cluster-consent.js');
    const consent = await clusterConsent(io, flags.lang ?? envLang, flags.cluster === true ? undefined : flags.cluster, () => readOneLine(io.stdin));
    if (typeof consent === 'number') return consent;
    realCluster = consent;
  }

  // Ink and the App load first; the tutor (lessons, the simulated cluster, the shell) opens
  // behind the first frame, and lines typed meanwhile wait for it.
  const [{ render }, { App }, { EditorBridge }, { colorModeFrom, makeTheme }] = await Promise.all([
    import('ink'),
    import('./App.js'),
    import('./editor/editor-bridge.js'),
    import('./theme/theme.js'),
  ]);
  const configDir = configDirFrom(io.env);
  const terminal = (await import('../shell/terminal-poll.js')).terminalInterruptPoll(io.stdin as NodeJS.ReadStream);
  const editorBridge = new EditorBridge(io.env);
  const tutorModule = import('../tutor/index.js');
  // The simulated cluster is built once the open tutor's first frame is on screen, while the
  // learner reads the welcome (a line typed sooner builds it on first use).
  let opened: { warm?: () => void } | undefined;
  let realTutor: { realCluster(): { context: string; namespace?: string } | undefined; close(): void } | undefined;
  const opening = tutorModule.then(async ({ Tutor }) => {
    const tutor = await Tutor.open({
      configDir,
      lessonsDir: flags.lessonsDir,
      lang: flags.lang,
      seed: flags.seed,
      lessonId: flags.lesson,
      step: flags.step,
      sandbox: flags.sandbox,
      resetProgress: flags.resetProgress,
      env: io.env,
      deferSession: true,
      realCluster,
    });
    if (realCluster) realTutor = tutor;
    const session = tutor.session as { editor?: (content: string, fileName: string) => Promise<string | null>; tty?: boolean; interruptPoll?: () => boolean; wallSleep?: typeof wallSleep };
    session.editor = editorBridge.edit;
    session.tty = true;
    session.wallSleep = wallSleep;
    if (terminal) session.interruptPoll = terminal.poll;
    opened = tutor.session as { warm?: () => void };
    return tutor as unknown as TutorPort;
  });
  const warmAfterFrame = () => {
    const s = opened;
    if (!s?.warm) return;
    opened = undefined;
    setImmediate(() => s.warm!());
  };
  let history: string[] = [];
  try {
    history = readHistoryFile(configDir);
  } catch {
    history = [];
  }

  // --lessons DIR: an author edits the lessons while the app runs; a change to the open
  // lesson's file is offered for /reload. The lessons that ship with kubetour are not watched.
  let watcher: { close(): void } | undefined;
  let ended = false;
  const watchLessons = (conversation: import('./conversation.js').Conversation) => {
    if (!flags.lessonsDir || watcher) return;
    const dir = flags.lessonsDir;
    void Promise.all([opening, import('../tutor/lessons/watch.js')]).then(([tutor, { watchLessonFiles }]) => {
      if (ended || watcher) return;
      watcher = watchLessonFiles([dir], (files) => {
        const offer = tutor.lessonFilesChanged?.(files) ?? [];
        if (offer.length) conversation.addTurns(offer);
      });
    }, () => undefined);
  };

  const theme = makeTheme({ mode: colorModeFrom(io.env, true), plain: flags.plain || io.env.INK_SCREEN_READER === 'true' });
  const instance = render(
    createElement(App, {
      tutor: opening,
      lang: flags.lang ?? envLang,
      theme,
      history,
      remember: (line: string) => {
        void tutorModule.then(({ appendHistory }) => {
          try {
            appendHistory(line, configDir);
          } catch {
            // History is a convenience: an unwritable config dir must not stop the lesson.
          }
        });
      },
      editorBridge,
      onReady: watchLessons,
      // The one place the host's clock enters: the idle clock (shell/idle-clock.ts).
      wallClock: { now: () => performance.now() },
    }),
    {
      stdin: io.stdin as NodeJS.ReadStream,
      stdout: io.stdout as NodeJS.WriteStream,
      stderr: io.stderr as NodeJS.WriteStream,
      exitOnCtrlC: false,
      patchConsole: false,
      // Keystroke-to-frame must stay under a 60 Hz frame; Ink's default caps at 30 fps.
      maxFps: 120,
      // --plain: Ink's screen-reader output (linear text, no layout) on top of the plain theme.
      isScreenReaderEnabled: flags.plain || io.env.INK_SCREEN_READER === 'true',
      onRender: warmAfterFrame,
    },
  );
  let code = 0;
  opening.catch(async (err: unknown) => {
    code = 1;
    instance.unmount();
    const message = err instanceof Error ? err.message : String(err);
    if (realCluster) {
      const { clusterT } = await import('../i18n/index.js');
      io.stderr.write(`${clusterT(flags.lang ?? envLang)('openFailed', { context: realCluster.context, message })}\n`);
    } else io.stderr.write(`${t('openFailed', { message })}\n`);
  });
  // On a real cluster the learner's namespace goes when the app does, however it ends.
  const closeCluster = async () => {
    const real = realTutor?.realCluster();
    if (real?.namespace) {
      const { clusterT } = await import('../i18n/index.js');
      io.stdout.write(`${clusterT(flags.lang ?? envLang)('cleanup', { context: real.context, namespace: real.namespace })}\n`);
    }
    realTutor?.close();
    realTutor = undefined;
  };
  const onSignal = () => {
    instance.unmount();
    void closeCluster().then(() => process.exit(129));
  };
  if (realCluster) process.once('SIGHUP', onSignal).once('SIGTERM', onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    terminal?.close();
    ended = true;
    watcher?.close();
    if (realCluster) {
      process.off('SIGHUP', onSignal).off('SIGTERM', onSignal);
      await closeCluster();
    }
  }
  return code;
}

/**
 * history.json, read here rather than through the tutor so the first frame does not wait for
 * the tutor's modules (same format as src/tutor/progress/history.ts: { format, lines }).
 */
function readHistoryFile(configDir: string): string[] {
  try {
    const raw = JSON.parse(readFileSync(join(configDir, 'history.json'), 'utf8'));
    const lines: unknown[] = Array.isArray(raw) ? raw : Array.isArray(raw?.lines) ? raw.lines : [];
    return lines.filter((l): l is string => typeof l === 'string').slice(-1000);
  } catch {
    return [];
  }
}
