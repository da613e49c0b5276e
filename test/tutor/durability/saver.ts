// A child process for durability.test.ts: saves progress and history again and again, the way
// the app does, and acknowledges each finished save of version n with a line "n" on stdout.
// argv: <config dir> <name> <count|forever>. Version n of `name`'s own lesson has step n and
// HINT_KEYS hints all equal to n, so a file mixing two versions cannot pass for either.
import { appendHistory } from '../../../src/tutor/progress/history.js';
import { ProgressStore } from '../../../src/tutor/progress/store.js';

export const HINT_KEYS = 120;
export const CLOCK = Date.UTC(2026, 11, 3, 22, 0, 0);

const [dir, name, count] = process.argv.slice(2) as [string, string, string];
const store = ProgressStore.open(dir, () => CLOCK);
const start = (store.lesson(name)?.step ?? 0) + 1;
const last = count === 'forever' ? Infinity : start + Number(count) - 1;
for (let n = start; n <= last; n++) {
  store.update(name, (p) => {
    p.step = n;
    for (let k = 0; k < HINT_KEYS; k++) p.hints[`${name}-${k}`] = n;
  });
  // A lesson both instances write to: each one's marks must survive the other's saves.
  store.update('shared', (p) => void (p.hints[`${name}-${n}`] = 1));
  appendHistory(`${name} ${n}`, dir);
  const warnings = store.takeWarnings();
  if (warnings.length) {
    process.stderr.write(JSON.stringify(warnings) + '\n');
    process.exit(1);
  }
  process.stdout.write(`${n}\n`);
}
