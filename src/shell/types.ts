// The contract between the shell and its commands. A command is a pure-ish function of its
// arguments and context that returns output as values; it never touches the host.
import type { IFileSystem } from 'just-bash';

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
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
  /** The session, typed loosely here to keep this file free of upward imports. */
  session: import('./session.js').Session;
}

export interface ShellCommand {
  name: string;
  run(ctx: CommandContext): Promise<RunResult> | RunResult;
}

export const ok = (stdout = ''): RunResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1): RunResult => ({ stdout: '', stderr, exitCode });
