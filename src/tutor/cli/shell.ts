// `kubetour shell --lesson ID [--step N]`: the scripted shell, started where a lesson (or one
// of its steps) begins — the lesson's start state, earlier steps' solutions replayed. The
// rest of the flags are the plain shell's.
import type { CliIO } from '../../cli-io.js';
import { runShellCli } from '../../shell/cli-shell.js';
import type { Session } from '../../shell/session.js';
import { loadShippedLessons } from '../lessons/shipped.js';
import type { LoadedLesson } from '../lessons/load.js';
import { formatDiagnostic } from '../lessons/diagnostics.js';
import { applyStart, replayBefore } from '../engine/build-session.js';
import { stepIndex } from '../engine/step-index.js';
import type { TutorSession } from '../session-port.js';

/**
 * `run` is the shell runner to start at the lesson's point: the plain one, or (with
 * `--serve`) one whose cluster is also served to a real kubectl — the lesson's start state
 * is applied first, then `run`'s own preparation.
 */
export async function runLessonShellCli(argv: string[], io: CliIO, run: typeof runShellCli = runShellCli): Promise<number> {
  let lessonId: string | undefined;
  let step: string | undefined;
  let lessonsDir: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name === '--lesson') lessonId = inline ?? argv[++i];
    else if (name === '--step') step = inline ?? argv[++i];
    else if (name === '--lessons') lessonsDir = inline ?? argv[++i];
    else rest.push(a);
  }
  if (lessonId === undefined) return run(rest, io);
  if (!lessonId) {
    io.stderr.write('kubetour shell: --lesson needs a lesson id\n');
    return 2;
  }
  const loaded = await findLesson(lessonId, lessonsDir);
  if (!loaded) {
    io.stderr.write(`kubetour shell: no lesson "${lessonId}"\n`);
    return 2;
  }
  if (!loaded.lesson) {
    io.stderr.write(`kubetour shell: lesson "${lessonId}" has errors:\n${loaded.errors.map(formatDiagnostic).join('\n')}\n`);
    return 1;
  }
  const lesson = loaded.lesson;
  const n = (step === undefined ? 0 : stepIndex(lesson, step)) + 1;
  if (n < 1) {
    io.stderr.write(`kubetour shell: --step must be a number from 1 to ${lesson.steps.length} or a step id (${lesson.steps.map((s) => s.id).join(', ')})\n`);
    return 2;
  }
  if (rest.some((a) => a === '--scenario' || a.startsWith('--scenario='))) {
    io.stderr.write('kubetour shell: --scenario cannot be combined with --lesson\n');
    return 2;
  }
  const prepare = async (session: Session) => {
    const s = session as unknown as TutorSession;
    const problems = [...(await applyStart(s, lesson)), ...(await replayBefore(s, lesson, n - 1))];
    for (const p of problems) io.stderr.write(`kubetour shell: warning: ${p.author}\n`);
  };
  return run(['--scenario', lesson.start.scenario, ...rest], io, prepare);
}

/** One lesson by id: from `--lessons DIR` only its own file is read; else the shipped lessons. */
async function findLesson(id: string, dir: string | undefined): Promise<LoadedLesson | undefined> {
  if (dir === undefined) return (await loadShippedLessons()).find((l) => l.id === id);
  const { lessonFiles, loadLessonFile } = await import('../lessons/load.js');
  const file = lessonFiles([dir]).find((f) => /([^/\\]+)\.ya?ml$/.exec(f)?.[1] === id);
  return file ? loadLessonFile(file) : undefined;
}
