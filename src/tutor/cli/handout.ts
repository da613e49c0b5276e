// `kubetour handout LESSON [--lang ko|en] [--seed N] [--lessons DIR] > lesson.md`: the lesson
// as markdown with its solutions played on the seed (see handout/handout.ts).
import type { CliIO } from '../../cli-io.js';
import { instructorT } from '../../i18n/index.js';
import { loadLessonsFrom, missingLessons } from '../lessons/shipped.js';
import { HandoutError, playForHandout, renderHandout, type DrawDiagram } from '../handout/handout.js';
import { startCommand } from './args.js';

export const HANDOUT_USAGE = `usage: kubetour handout LESSON [--lang ko|en] [--seed N] [--lessons DIR] > lesson.md

Writes the lesson as markdown, ready to print or put on slides: title, goal, estimated time,
each step's text and diagram, the commands of its solutions and demonstrations with the output the
simulated cluster gives on the seed (default 1), and the quizzes with their answers at the
end. LESSON is an id (01-services), its number in the list (1) or a unique prefix.
`;

/** `draw` (the UI's diagram drawing, passed in by the CLI's entry) adds each step's diagram. */
export async function runHandoutCli(argv: string[], io: CliIO, draw?: DrawDiagram): Promise<number> {
  const parsed = startCommand('handout', argv, { seed: { type: 'string' }, lessons: { type: 'string' } }, HANDOUT_USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { lang } = parsed;
  const t = instructorT(lang);
  const seedText = parsed.values.seed;
  if (seedText !== undefined && !/^\d+$/.test(String(seedText))) {
    io.stderr.write(`${t('args.badSeed', { cmd: 'handout', value: String(seedText) })}\n`);
    return 2;
  }
  const seed = seedText === undefined ? 1 : Number(seedText);
  const [wanted, ...extra] = parsed.positionals;
  if (!wanted) {
    io.stderr.write(`${t('handout.missingLesson')}\n`);
    return 2;
  }
  if (extra.length) {
    io.stderr.write(`${t('args.extra', { cmd: 'handout', arg: extra[0] })}\n${HANDOUT_USAGE}`);
    return 2;
  }
  const lessonsDir = typeof parsed.values.lessons === 'string' ? parsed.values.lessons : undefined;
  const loaded = await loadLessonsFrom(lessonsDir);
  const entry = resolveLesson(loaded, wanted);
  const missing = loaded.length ? undefined : missingLessons(lessonsDir, lang);
  if (missing) {
    io.stderr.write(`kubetour handout: ${missing}\n`);
    return 1;
  }
  if (!entry) {
    io.stderr.write(`${t('handout.notFound', { id: wanted, ids: loaded.map((l) => l.id).join(', ') })}\n`);
    return 1;
  }
  if (!entry.lesson) {
    io.stderr.write(`${t('handout.unavailable', { id: entry.id })}\n`);
    return 1;
  }
  try {
    const shown = await playForHandout({ lesson: entry, lessonsDir, lang, seed, draw });
    io.stdout.write(renderHandout(entry.lesson, shown, lang, seed));
    return 0;
  } catch (e) {
    if (!(e instanceof HandoutError)) throw e;
    io.stderr.write(`${t('handout.failed', { id: entry.id, seed, detail: e.message })}\n`);
    return 1;
  }
}

/** An id, a 1-based number in the list, or a unique prefix (with or without the number). */
function resolveLesson<T extends { id: string }>(loaded: T[], wanted: string): T | undefined {
  if (/^\d+$/.test(wanted) && !loaded.some((l) => l.id === wanted)) return loaded[Number(wanted) - 1];
  const exact = loaded.find((l) => l.id === wanted) ?? loaded.find((l) => l.id.replace(/^\d+-/, '') === wanted);
  if (exact) return exact;
  const prefixed = loaded.filter((l) => l.id.startsWith(wanted) || l.id.replace(/^\d+-/, '').startsWith(wanted));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
