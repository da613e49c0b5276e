// The contract between the shell and its commands. A command is a pure-ish function of its
// arguments and context that returns output as values; it never touches the host.
import type { IFileSystem } from 'just-bash';
import type { LimitStop } from './limits.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The two streams as a terminal shows them, when the order is known and is not simply
   * stdout then stderr — kubectl prints its warnings before its output. Same text as
   * stdout + stderr, split into writes.
   */
  chunks?: OutputChunk[];
  /**
   * Set when the simulated shell's safety limits stopped the line (an endless loop, a huge
   * expansion): the front end says so in the learner's language (see ./limits.ts).
   */
  limit?: LimitStop;
}

/** One write to stdout (1) or stderr (2). */
export interface OutputChunk {
  fd: 1 | 2;
  text: string;
}

/** A result's writes in terminal order: its chunks when it has them, else stdout then stderr. */
export function inTerminalOrder(r: RunResult): OutputChunk[] {
  if (r.chunks) return r.chunks;
  const out: OutputChunk[] = [];
  if (r.stdout) out.push({ fd: 1, text: r.stdout });
  if (r.stderr) out.push({ fd: 2, text: r.stderr });
  return out;
}

/** Keeps the order of writes to two streams, for a command that writes both. */
export class OrderedOutput {
  readonly chunks: OutputChunk[] = [];
  write(fd: 1 | 2, text: string): void {
    if (!text) return;
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.fd === fd) last.text += text;
    else this.chunks.push({ fd, text });
  }
  /** One stream's writer; both streams' writes are kept in one order here. */
  stream(fd: 1 | 2): TextStream {
    return new TextStream(fd, this);
  }
  /** Chunks worth reporting: unless the writes were simply all stdout, then all stderr. */
  interleaved(): OutputChunk[] | undefined {
    const c = this.chunks;
    return c.length > 2 || (c.length === 2 && c[0].fd === 2) ? c : undefined;
  }
}

/** Text written to one stream, in pieces; also noted in the shared order of both streams. */
export class TextStream {
  private readonly parts: string[] = [];
  constructor(
    private readonly fd: 1 | 2,
    private readonly order: OrderedOutput,
  ) {}
  push(...texts: string[]): void {
    for (const t of texts) {
      this.parts.push(t);
      this.order.write(this.fd, t);
    }
  }
  join(separator = ''): string {
    return this.parts.join(separator);
  }
}

export type PlaceKind = 'laptop' | 'pod' | 'node';

/** Where a command runs: the learner's machine, a pod's container, or a node (ssh). */
export interface PlaceInfo {
  kind: PlaceKind;
  /** laptop: 'laptop'; pod: pod name; node: node name. */
  name: string;
  namespace?: string;
  container?: string;
  /** The address traffic from this place leaves with (pod IP, node IP, the laptop's IP). */
  ip: string;
  /** The node a pod runs on, or the node itself. */
  node?: string;
}

export interface CommandContext {
  args: string[];
  stdin: string;
  env: Record<string, string>;
  cwd: string;
  fs: IFileSystem;
  place: PlaceInfo;
  /** True when the command runs on a terminal (interactive `-it`, or the TUI); changes curl's meter, kubectl's -it errors. */
  tty: boolean;
  /** Aborts when the learner presses Ctrl-C (or a time budget runs out): a command that waits returns at once. */
  signal?: AbortSignal;
  /** The session, typed loosely here to keep this file free of upward imports. */
  session: import('./session.js').Session;
}

export interface ShellCommand {
  name: string;
  run(ctx: CommandContext): Promise<RunResult> | RunResult;
}

export const ok = (stdout = ''): RunResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1): RunResult => ({ stdout: '', stderr, exitCode });
