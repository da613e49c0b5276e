// kubetour's command line: the tutorial (TUI) by default, plus the scripted shell and the
// authoring tools. Each subcommand lives with its layer; this file only dispatches and is
// the one edge where an unexpected exception becomes a one-line message.
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { processIO, type CliIO } from './cli-io.js';
import { exitWith, isPlainShell } from './cli-route.js';
import { loadCachedBundle, renewCodeCacheOnExit } from './code-cache.js';

/** Set to true by the bundler (scripts/build.mjs); undefined when running from source. */
declare const KUBETOUR_BUNDLED: boolean | undefined;

// Node 22.1+ keeps V8's compiled code of the bundle's chunks on disk between runs (its own
// cache directory; NODE_COMPILE_CACHE moves it). Node 20 has no such call: then nothing happens.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const USAGE = `Usage:
  kubetour [--lang ko|en] [--lesson ID [--step N|STEP-ID] | --sandbox] [--lessons DIR] [--seed N]
           [--reset-progress] [--plain] [--cluster [CONTEXT]]
  kubetour shell [--seed N] [--scenario NAME] [--echo] [--lesson ID [--step N|STEP-ID] [--lessons DIR]]
                 [-c SCRIPT] [--serve [--port P]]
  kubetour play [--lesson ID [--step N|STEP-ID] | --sandbox] [--lang ko|en] [--seed N] [--lessons DIR]
                [--json] [--color] [--interactive] [--progress-dir DIR] [--cluster [CONTEXT]] < script
  kubetour new lesson ID [--lessons DIR] [--lang ko|en]
  kubetour lint [--watch] [PATH...]
  kubetour verify [--seeds 1..20 | --seed N] [--step ID] [-v] [PATH...]
  kubetour verify --cluster CONTEXT [--kubectl PATH] [--no-wrong] [PATH...]
  kubetour doctor --cluster CONTEXT [--kubectl PATH] [--no-pull] [--lang ko|en]
  kubetour serve [--seed N] [--scenario kubia|empty] [--port P] [--kubeconfig FILE]
  kubetour progress [--json] [--lessons DIR] [--lang ko|en]
  kubetour progress export FILE --name NAME [--force] [--lessons DIR] [--lang ko|en]
  kubetour class report EXPORT.json|FOLDER... [--lang ko|en] [--json] [--lessons DIR]
  kubetour handout LESSON [--lang ko|en] [--seed N] [--lessons DIR] > lesson.md
Options may come in any order. \`kubetour COMMAND --help\` explains a command's options.
`;

async function main(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'shell':
      // A lesson's start state needs the tutor layer; a plain session needs only the shell.
      if (rest.some((a) => a === '--lesson' || a.startsWith('--lesson='))) {
        const { runLessonShellCli } = await import('./tutor/cli/shell.js');
        if (!rest.includes('--serve')) return runLessonShellCli(rest, io);
        // Served at the lesson's point: the lesson's start state first, then the server.
        const { runSharedShellCli } = await import('./serve/cli.js');
        const { runShellCli } = await import('./shell/cli-shell.js');
        return runSharedShellCli(rest, io, (args, shellIo, servePrepare, options) =>
          runLessonShellCli(args, shellIo, (lessonArgs, lessonIo, lessonPrepare) =>
            runShellCli(lessonArgs, lessonIo, async (session) => {
              await lessonPrepare?.(session);
              await servePrepare?.(session);
            }, options),
          ),
        );
      }
      if (!isPlainShell(argv)) return (await import('./serve/cli.js')).runSharedShellCli(rest, io);
      return (await plainShell()).runShellCli(rest, io);
    case 'play':
      return (await import('./ui/play/play-cli.js')).runPlayCli(rest, io);
    case 'new':
      return (await import('./tutor/cli/new-lesson.js')).runNewCli(rest, io);
    case 'lint':
      return (await import('./tutor/cli/lint.js')).runLintCli(rest, io);
    case 'verify':
      return (await import('./tutor/cli/verify.js')).runVerifyCli(rest, io);
    case 'doctor':
      return (await import('./tutor/real/doctor.js')).runDoctorCli(rest, io);
    case 'serve':
      return (await import('./serve/cli.js')).runServeCli(rest, io);
    case 'progress':
      return (await import('./tutor/cli/progress.js')).runProgressCli(rest, io);
    case 'class':
      return (await import('./tutor/cli/class.js')).runClassCli(rest, io);
    case 'handout': {
      // The tutor plays the lesson; the UI's diagram drawing turns its diagrams into text.
      const [{ runHandoutCli }, { drawDiagram }] = await Promise.all([import('./tutor/cli/handout.js'), import('./ui/diagrams/draw.js')]);
      return runHandoutCli(rest, io, (session, turn, lang) => drawDiagram(session as unknown as Parameters<typeof drawDiagram>[0], turn, lang, true));
    }
    case '--help':
    case '-h':
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case '--version':
    case 'version':
      io.stdout.write('kubetour 0.1.0\n');
      return 0;
    default:
      if (sub !== undefined && !sub.startsWith('-')) {
        io.stderr.write(`kubetour: unknown command "${sub}"\n${USAGE}`);
        return 2;
      }
      return (await import('./ui/run-app.js')).runAppCli(argv, io);
  }
}

/**
 * The plain shell (`kubetour shell`, `shell -c`): from the build, the CommonJS bundle
 * dist/shell.cjs with its V8 code cache — on Node 20, compiling the same modules as ES module
 * chunks cost a scripted command ~15 % more CPU (see code-cache.ts); from source, the module.
 */
async function plainShell(): Promise<typeof import('./shell/cli-shell.js')> {
  if (typeof KUBETOUR_BUNDLED !== 'undefined' && KUBETOUR_BUNDLED) {
    const file = fileURLToPath(new URL('./shell.cjs', import.meta.url));
    if (existsSync(file)) {
      const bundle = loadCachedBundle<typeof import('./shell/cli-shell.js')>(file, `${file}.cache`);
      renewCodeCacheOnExit(bundle, `${file}.cache`);
      return bundle.exports;
    }
  }
  return import('./shell/cli-shell.js');
}

const io = processIO();
exitWith(main(process.argv.slice(2), io), io);
