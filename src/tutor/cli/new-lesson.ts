// `kubetour new lesson ID [--lessons DIR]`: writes DIR/ID.yaml from the scaffold (a lesson
// that lints and verifies as it is) and, when the folder has none, the schema.json its first
// line points editors at. It never replaces a file that is there.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../cli-io.js';
import { tutorT } from '../../i18n/index.js';
import { lessonJsonSchema } from '../schema.js';
import { scaffoldLesson } from '../lessons/scaffold.js';
import { startCommand } from './args.js';

export const NEW_USAGE = `usage: kubetour new lesson ID [--lessons DIR] [--lang ko|en]

Writes DIR/ID.yaml (default DIR: ./lessons): a small bilingual lesson — a message, an exercise
with hints, a solution and a wrong attempt, a quiz and a summary — that passes kubetour lint
and kubetour verify as it is, to change step by step. Also writes DIR/schema.json for editors
when the folder has none. Never replaces an existing lesson file.
`;

/** A lesson id as the schema takes it, which is also a safe file name. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export async function runNewCli(argv: string[], io: CliIO): Promise<number> {
  const parsed = startCommand('new', argv, { lessons: { type: 'string' } }, NEW_USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const t = tutorT(parsed.lang);
  const [what, id, ...extra] = parsed.positionals;
  if (what !== 'lesson' || !id || extra.length) {
    io.stderr.write(NEW_USAGE);
    return 2;
  }
  if (!ID.test(id) || /\.ya?ml$/.test(id)) {
    io.stderr.write(`${t('author.badId', { id })}\n`);
    return 2;
  }
  const dir = typeof parsed.values.lessons === 'string' ? parsed.values.lessons : 'lessons';
  const file = join(dir, `${id}.yaml`);
  if (existsSync(file)) {
    io.stderr.write(`${t('author.exists', { file })}\n`);
    return 1;
  }
  const schema = join(dir, 'schema.json');
  try {
    mkdirSync(dir, { recursive: true });
    // 'wx': a file that appeared since the check above is not replaced either.
    writeFileSync(file, scaffoldLesson(id), { flag: 'wx' });
    if (!existsSync(schema)) writeFileSync(schema, JSON.stringify(lessonJsonSchema(), null, 2) + '\n', { flag: 'wx' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr.write(`${err.code === 'EEXIST' ? t('author.exists', { file: err.path ?? file }) : t('author.cannotWrite', { file, detail: err.message })}\n`);
    return 1;
  }
  io.stdout.write(`${t('author.created', { file, dir, id })}\n`);
  return 0;
}
