// `kubetour progress [--json]` prints the learner's progress; `kubetour progress export
// FILE` writes it as JSON for an instructor to collect.
import type { CliIO } from '../../cli-io.js';
import { detectLanguage } from '../../i18n/index.js';
import { loadLessonsFrom } from '../lessons/shipped.js';
import { ProgressStore } from '../progress/store.js';
import { configDirFrom } from '../progress/paths.js';
import { writeFileAtomic } from '../progress/atomic.js';
import { buildReport, formatReport } from '../progress/report.js';

const USAGE = 'usage: kubetour progress [--json] [--lessons DIR]\n       kubetour progress export FILE\n';

export async function runProgressCli(argv: string[], io: CliIO, now: () => number = Date.now): Promise<number> {
  let json = false;
  let exportTo: string | undefined;
  let lessonsDir: string | undefined;
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--lessons' && argv[i + 1]) lessonsDir = argv[++i];
    else if (a === '--lang' && argv[i + 1]) lang = argv[++i];
    else if (a === 'export' && i === 0) {
      exportTo = argv[++i];
      if (!exportTo) {
        io.stderr.write(`kubetour progress export: missing FILE\n${USAGE}`);
        return 2;
      }
    } else if (a === '-h' || a === '--help') {
      io.stdout.write(USAGE);
      return 0;
    } else {
      io.stderr.write(`kubetour progress: unknown argument "${a}"\n${USAGE}`);
      return 2;
    }
  }
  const store = ProgressStore.open(configDirFrom(io.env), now);
  for (const w of store.takeWarnings()) {
    const what = w.code === 'newer' ? 'written by a newer kubetour' : w.code === 'corrupt' ? `unreadable (${w.detail})` : `not writable (${w.detail})`;
    const moved = w.code !== 'unwritable' && w.movedTo ? `; moved to ${w.movedTo}` : '';
    io.stderr.write(`kubetour progress: warning: ${w.file}: ${what}${moved}\n`);
  }
  const report = buildReport(store.file, store.data, await loadLessonsFrom(lessonsDir, configDirFrom(io.env)), detectLanguage(lang, io.env));
  if (exportTo) {
    const text = JSON.stringify({ kubetour: '0.1.0', exportedAt: new Date(now()).toISOString(), ...report }, null, 2) + '\n';
    try {
      writeFileAtomic(exportTo, text);
    } catch (e) {
      io.stderr.write(`kubetour progress export: cannot write ${exportTo}: ${(e as Error).message}\n`);
      return 1;
    }
    io.stdout.write(`Progress exported to ${exportTo}\n`);
    return 0;
  }
  io.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}
