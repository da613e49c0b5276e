// `npm run fuzz -- --lines N --seed S [--batch B] [--json FILE] [--no-minimise]`: generated lines
// through sessions; prints a summary and each failure with its minimal line. Exit 1 when any
// line failed. Progress goes to stderr every 1,000 lines.
import { writeFileSync } from 'node:fs';
import { fuzz, type FuzzReport } from './fuzz.js';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const lines = Number(arg('--lines', '1000'));
const seed = Number(arg('--seed', '1'));
const batch = Number(arg('--batch', '100'));
const json = arg('--json');
/** --trace FILE: the line about to run is written there first (find a stuck line). */
const trace = arg('--trace');
if (!Number.isInteger(lines) || lines < 1 || !Number.isInteger(seed) || seed < 0 || !Number.isInteger(batch) || batch < 1) {
  process.stderr.write('usage: npm run fuzz -- --lines N --seed S [--batch B] [--json FILE] [--no-minimise]\n');
  process.exit(2);
}

let lastShown = 0;
const report: FuzzReport = await fuzz({
  lines,
  seed,
  batch,
  minimise: !process.argv.includes('--no-minimise'),
  onLine: trace ? (i, line) => writeFileSync(trace, `${i}\t${JSON.stringify(line)}\n`) : undefined,
  onFailure: (f) => process.stderr.write(`fuzz: [${f.kind}] line ${f.index}: ${JSON.stringify(f.line).slice(0, 300)}\n  output: ${f.excerpt}\n`),
  onProgress(done, r) {
    if (done - lastShown < 1000 && done < lines) return;
    lastShown = done;
    const failed = Object.values(r.counts).reduce((a, b) => a + b, 0);
    process.stderr.write(`fuzz: ${done}/${lines} lines, ${r.sessions} sessions, ${failed} failures, slowest ${Math.round(r.slowestMs)} ms, rss ${Math.round(r.peakRssBytes / 1024 / 1024)} MB, ${Math.round((performance.now()) / 1000)} s\n`);
  },
});

const out = process.stdout;
out.write(`fuzz: seed ${report.seed}, ${report.lines} lines in ${report.sessions} sessions, ${(report.elapsedMs / 1000).toFixed(1)} s\n`);
out.write(`slowest line: ${Math.round(report.slowestMs)} ms: ${JSON.stringify(report.slowestLine).slice(0, 200)}\n`);
out.write(`peak memory (rss): ${Math.round(report.peakRssBytes / 1024 / 1024)} MB\n`);
const kinds = Object.entries(report.counts);
out.write(kinds.length === 0 ? 'failures: 0\n' : `failures: ${kinds.map(([k, n]) => `${k} ×${n}`).join(', ')}\n`);
for (const f of report.failures) {
  out.write(`\n[${f.kind}] line ${f.index}: ${JSON.stringify(f.line).slice(0, 300)}\n  output: ${f.excerpt}\n  minimal: ${f.minimal === undefined ? '(needs the lines before it)' : JSON.stringify(f.minimal)}\n`);
}
if (json) writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
process.exit(report.failures.length === 0 ? 0 : 1);
