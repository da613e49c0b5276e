// The order in which a command line's programs wrote to the terminal.
//
// just-bash collects a line's stdout and stderr as two separate strings at every level (lists,
// loops, groups, pipelines), so the order of the writes is lost: `echo a; echo b >&2; echo c`
// would come back as `a c` and `b`, and a loop's `curl: (28)` lines would all land below its
// `echo` lines. A terminal shows writes as they happen. So every program that runs at the top
// of the line (not inside another program) is noted here with its writes in order, and at the
// end the line's two streams are walked along that log: each noted write that reached the
// terminal is placed in turn; text no noted program wrote (the shell's own messages) keeps
// its place before the next noted write, or comes last.
//
// A program inside `$(…)` runs at the top of the line too, but its stdout becomes words of a
// later program: `kubectl exec $(… | cut -d/ -f2) hostname` — cut's output is the pod's name,
// and so is hostname's. When two noted writes could be the same text on the terminal, the
// one whose text a later program got as an argument is taken as captured.
//
// `2>&1` joins a program's stderr after its stdout in just-bash; when the joined text is what
// reached the terminal or the next stage of a pipe, it is put back in write order too
// (`curl -v … 2>&1 | head` shows the request lines before the body).
import { OrderedOutput, inTerminalOrder, type OutputChunk, type RunResult } from './types.js';

/** Shorter writes are only matched where their stream stands, never searched for further on. */
const SEARCH_MIN = 16;

export class WriteLog {
  private depth = 0;
  private entries: Entry[] = [];

  /** A new line starts. */
  reset(): void {
    this.entries = [];
    this.depth = 0;
  }

  /** A program starts; true when it runs at the top of the line. */
  enter(): boolean {
    return this.depth++ === 0;
  }

  /** A program (`argv`) ended with `r`; `top` is what enter() said. */
  leave(top: boolean, argv: readonly string[], r: RunResult | undefined): void {
    this.depth = Math.max(0, this.depth - 1);
    if (top && r) this.entries.push({ argv, chunks: inTerminalOrder(r) });
  }

  /**
   * The stdin of a pipe's next stage, put back in write order when it is the previous
   * program's stdout and stderr joined by `2>&1` (or `|&`); undefined when nothing changes.
   */
  reorderStdin(stdin: string): string | undefined {
    const last = this.entries[this.entries.length - 1]?.chunks;
    if (!last || !isMixed(last)) return undefined;
    const { out, err } = split(last);
    if (stdin !== out + err && stdin !== err + out) return undefined;
    const ordered = last.map((c) => c.text).join('');
    return ordered === stdin ? undefined : ordered;
  }

  /** The line's result with its streams in write order (`chunks` when stderr came before stdout). */
  order(r: RunResult): RunResult {
    const S = r.stdout;
    const E = r.stderr;
    if (this.entries.length === 0) return r;
    if (this.entries.length === 1 && !r.chunks && wroteJust(this.entries[0].chunks, S, E)) return r;
    let ps = 0;
    let pe = 0;
    const ordered = new OrderedOutput();
    for (const [i, { chunks }] of this.entries.entries()) {
      const { out, err } = split(chunks);
      if (err && !E.startsWith(err, pe) && S.startsWith(out + err, ps)) {
        // 2>&1 onto the terminal.
        for (const c of chunks) ordered.write(1, c.text);
        ps += out.length + err.length;
        continue;
      }
      for (const c of chunks) {
        if (c.fd === 1 && this.capturedLater(i, c.text)) continue;
        const own = c.fd === 1 ? find(S, c.text, ps) : find(E, c.text, pe);
        // `>&2`, `2>&1` on one program: its write went to the other stream.
        const other = own < 0 && (c.fd === 1 ? E.startsWith(c.text, pe) : S.startsWith(c.text, ps));
        const fd = own >= 0 ? c.fd : other ? (c.fd === 1 ? 2 : 1) : 0;
        if (fd === 1) {
          const at = own >= 0 ? own : ps;
          ordered.write(1, S.slice(ps, at + c.text.length));
          ps = at + c.text.length;
        } else if (fd === 2) {
          const at = own >= 0 ? own : pe;
          ordered.write(2, E.slice(pe, at + c.text.length));
          pe = at + c.text.length;
        }
      }
    }
    ordered.write(1, S.slice(ps));
    ordered.write(2, E.slice(pe));
    const stdout = ordered.chunks.filter((c) => c.fd === 1).map((c) => c.text).join('');
    const chunks = ordered.interleaved();
    const { chunks: _old, ...rest } = r;
    return chunks ? { ...rest, stdout, chunks } : { ...rest, stdout };
  }

  /** A later program writes the same text to stdout and got it as (part of) an argument. */
  private capturedLater(i: number, text: string): boolean {
    const word = text.replace(/\n+$/, '');
    if (!word) return false;
    return this.entries.slice(i + 1).some((e) => e.chunks.some((c) => c.fd === 1 && c.text === text) && e.argv.some((a) => a.includes(word)));
  }
}

/** One program that ran at the top of the line: its argv and its writes in order. */
interface Entry {
  argv: readonly string[];
  chunks: OutputChunk[];
}

/**
 * The line's one program wrote exactly the line's output, its stdout (if any) before its
 * stderr (if any): the walk below would give the result back as it is.
 */
function wroteJust(chunks: OutputChunk[], stdout: string, stderr: string): boolean {
  if (chunks.length === 0) return stdout === '' && stderr === '';
  if (chunks.length === 1) {
    const [c] = chunks;
    return c.fd === 1 ? c.text === stdout && stderr === '' : c.text === stderr && stdout === '';
  }
  return chunks.length === 2 && chunks[0].fd === 1 && chunks[1].fd === 2 && chunks[0].text === stdout && chunks[1].text === stderr;
}

function split(chunks: OutputChunk[]): { out: string; err: string } {
  let out = '';
  let err = '';
  for (const c of chunks) {
    if (c.fd === 1) out += c.text;
    else err += c.text;
  }
  return { out, err };
}

/** Stderr written before some stdout: joining the two streams would change the order. */
function isMixed(chunks: OutputChunk[]): boolean {
  const firstErr = chunks.findIndex((c) => c.fd === 2);
  return firstErr >= 0 && chunks.slice(firstErr).some((c) => c.fd === 1);
}

function find(stream: string, text: string, from: number): number {
  if (!text) return -1;
  if (stream.startsWith(text, from)) return from;
  return text.length >= SEARCH_MIN ? stream.indexOf(text, from) : -1;
}
