// A learner's session: one simulated cluster, its network, and a stack of shells — the
// laptop at the bottom, then whatever the learner entered (`kubectl exec -it … bash`,
// `ssh worker1`). `run()` is one command line typed at the current prompt: the virtual
// clock moves one second, the line runs, the controllers settle, and the line is recorded
// with the requests it made (traces) for the tutor.
import { WriteLog } from './write-order.js';
import { InMemoryFs, type BashExecResult, type IFileSystem } from 'just-bash';
import { Cluster, type SavedCluster } from '../cluster/cluster.js';
import { Network } from '../cluster/network/network.js';
import { EPOCH_MS } from '../cluster/runtime/clock.js';
import { Rng } from '../cluster/runtime/rng.js';
import type { Trace } from '../cluster/network/trace.js';
import type { PlaceInfo, RunResult } from './types.js';
import { isIncomplete as grammarIsIncomplete, splitCommands as grammarSplitCommands } from './grammar.js';
import { Place, type CapturedState, type PlaceSetup } from './places/place.js';
import { shellQuote } from './quote.js';
import { laptopSetup } from './places/laptop.js';
import { nodePlaceInfo, nodeSetup } from './places/node.js';
import { podPlaceInfo, podSetup } from './places/pod.js';
import { laptopCommands, nodeCommands } from './commands/index.js';
import { imageCommands, imageShell } from './places/images.js';
import { withVirtualHost, type VirtualHost } from './virtual-host.js';
import { shippedCluster } from './shipped-clusters.js';
import { INTERRUPTED_STATUS, LineInterrupt } from './interrupt.js';
import type { WallSleeper } from './wall-sleep.js';
import { oversizedBraceRange, takeLimit } from './limits.js';
import { parserTrap } from './parser-guard.js';
import { unfinishedLine } from './unfinished.js';

export interface SessionOptions {
  /** Fixes every random choice (pod names, IPs, load balancing). Default 1. */
  seed?: number;
  /** 'kubia' (default), 'empty', … (see the cluster's scenarios). */
  scenario?: string;
  /** True when a person types at a terminal (TUI, interactive `kubetour shell`). */
  tty?: boolean;
  /** When the session starts (ms); default EPOCH_MS. */
  startMs?: number;
  /** The starting cluster saved before with these options (restored instead of built). */
  saved?: SavedCluster;
}

export interface RunOptions {
  /** The learner typed this line at a terminal: `sleep` waits for real (see `wallSleep`). */
  typed?: boolean;
}

export interface CommandRecord {
  index: number;
  input: string;
  place: PlaceInfo;
  result: RunResult;
  traces: Trace[];
  /** Virtual time (ms) when the line started. */
  startedAt: number;
}

/** What `execInPod` returns: the remote command's result, or why it could not start. */
export interface ExecResult extends RunResult {
  /**
   * Set when the container could not start the command (no such executable): the text
   * kubectl prints after `error: ` and exits 1 with — no `command terminated …` line.
   */
  startError?: string;
}

export class Session {
  readonly cluster: Cluster;
  readonly network: Network;
  readonly seed: number;
  readonly records: CommandRecord[] = [];
  readonly traces: Trace[] = [];
  tty: boolean;
  /** Set by the TUI for `kubectl edit`: shows the text, resolves with the edit (null: cancelled). */
  editor?: (content: string, fileName: string) => Promise<string | null>;
  /** True once `exit` ran in the laptop shell (the scripted shell stops; the TUI may quit). */
  exited = false;
  /** Exceptions caught at the command boundary (shown to the learner as one line). */
  readonly internalErrors: Error[] = [];
  /** What the line's programs wrote, in order (see write-order.ts). */
  readonly writeLog = new WriteLog();
  /**
   * Set by a terminal front end: reads the keys waiting on the terminal without blocking and
   * says whether Ctrl-C was among them. Asked while a line keeps the event loop busy.
   */
  interruptPoll?: () => boolean;
  /**
   * Set by a terminal front end: `sleep` in a line the learner typed waits this long for real
   * (see wall-sleep.ts). Lines run without `{ typed: true }` never wait.
   */
  wallSleep?: WallSleeper;
  /** The Ctrl-C of the line running now. */
  private line?: LineInterrupt;
  /** Whether the line running now was typed by the learner (not run by a script or the tutor). */
  private lineTyped = false;

  private readonly stack: Place[] = [];
  private readonly host: VirtualHost;
  /** One shell per container for one-shot `kubectl exec` (same filesystem as its -it shells). */
  private readonly execPlaces = new Map<string, Place>();
  /** Node filesystems outlive a single ssh login. */
  private readonly nodeFs = new Map<string, IFileSystem>();
  private readonly ids: Rng;

  static create(opts: SessionOptions = {}): Session {
    const seed = opts.seed ?? 1;
    const shellRng = new Rng(seed).fork('shell');
    const scenario = opts.scenario ?? 'kubia';
    const cluster = Session.startingCluster({ ...opts, saved: opts.saved ?? shippedCluster(seed, scenario, opts.startMs) }, shellRng);
    return new Session(cluster, new Network(cluster), seed, opts.tty ?? false, shellRng);
  }

  /** The starting cluster of a session made with these options, built as `create` builds it, as data. */
  static saveStartingCluster(seed: number, scenario: string): SavedCluster {
    return Session.startingCluster({ seed, scenario }, new Rng(seed).fork('shell')).save({ seed, scenario, startMs: EPOCH_MS });
  }

  private static startingCluster(opts: SessionOptions, shellRng: Rng): Cluster {
    let cluster: Cluster | undefined;
    withVirtualHost({ rng: shellRng, now: () => cluster?.clock.now() ?? opts.startMs ?? EPOCH_MS }, () => {
      cluster = Cluster.create({ seed: opts.seed ?? 1, scenario: opts.scenario ?? 'kubia', startMs: opts.startMs, saved: opts.saved });
    });
    return cluster!;
  }

  /** A session over an existing cluster and network (tests, tools). */
  constructor(cluster: Cluster, network: Network, seed = 1, tty = false, rng = new Rng(seed).fork('shell')) {
    this.cluster = cluster;
    this.network = network;
    this.seed = seed;
    this.tty = tty;
    this.ids = rng.fork('exec-ids');
    this.host = { rng, now: () => this.cluster.clock.now() };
    // Every request the data plane finishes lands on the session (and so on the record).
    this.network.onTrace = (t) => this.addTrace(t);
    // Readiness httpGet probes get the app's real answer (kubia-unhealthy's 500s fail them).
    this.cluster.setHttpProbeHook((r) => this.network.probeHttp(r));
    withVirtualHost(this.host, () => {
      this.stack.push(this.makePlace(laptopSetup(laptopCommands())));
    });
  }

  // ---- the prompt -------------------------------------------------------------------

  place(): PlaceInfo {
    return this.current().info;
  }

  prompt(): string {
    return this.current().prompt();
  }

  /** The current shell's working directory (tab completion). */
  cwd(): string {
    return this.current().cwd;
  }

  /** The commands the current shell can run, builtins included, sorted (tab completion). */
  commandNames(): string[] {
    const builtins = ['cd', 'export', 'exit', 'unset', 'set', 'source', 'type', 'read', 'test', 'local', 'shopt'];
    if (this.current().leaveStyle === 'node') builtins.push('logout');
    return [...new Set([...this.current().commandNames, ...builtins])].sort();
  }

  /** How many shells deep the learner is (1: the laptop). */
  depth(): number {
    return this.stack.length;
  }

  isIncomplete(text: string): boolean {
    return grammarIsIncomplete(text);
  }

  splitCommands(script: string): string[] {
    return grammarSplitCommands(script);
  }

  /** The current shell's history (the `history` builtin). */
  history(): string[] {
    return this.current().history;
  }

  // ---- running ------------------------------------------------------------------------

  /** Ctrl-C: stops the line running now (what SIGINT does to a foreground job). */
  interrupt(): void {
    this.line?.abort();
  }

  /** Aborts when the running line is interrupted; commands that wait listen to it. */
  get signal(): AbortSignal | undefined {
    return this.line?.signal;
  }

  /** How `sleep` waits on the wall clock in the line running now; undefined: it does not. */
  get sleeper(): WallSleeper | undefined {
    return this.lineTyped ? this.wallSleep : undefined;
  }

  /** Runs one complete command line at the current place. `typed`: the learner typed it at a terminal. */
  async run(input: string, opts: RunOptions = {}): Promise<RunResult & { record: CommandRecord }> {
    return withVirtualHost(this.host, async () => {
      const place = this.current();
      const line = input.replace(/\r\n/g, '\n').replace(/\n+$/, '');
      if (isBlank(line)) {
        // Enter on an empty line (or a comment): bash does nothing, the clock doesn't move.
        const result = { stdout: '', stderr: '', exitCode: place.lastStatus };
        const record: CommandRecord = { index: this.records.length, input, place: place.info, result, traces: [], startedAt: this.cluster.clock.now() };
        return { ...result, record };
      }
      const traceStart = this.traces.length;
      this.cluster.advance(1);
      const startedAt = this.cluster.clock.now();
      place.history.push(line);
      place.tty = this.tty;
      this.writeLog.reset();
      const interrupt = new LineInterrupt(this.interruptPoll);
      this.line = interrupt;
      this.lineTyped = opts.typed === true;
      let result: RunResult;
      const trap = parserTrap(line);
      const tooBig = trap ? undefined : oversizedBraceRange(line);
      const unfinished = trap || tooBig ? undefined : unfinishedLine(line);
      try {
        if (trap) {
          place.lastStatus = 1;
          result = { stdout: '', stderr: trap, exitCode: 1 };
        } else if (tooBig) {
          place.lastStatus = 1;
          result = { stdout: '', stderr: '', exitCode: 1, limit: tooBig };
        } else if (unfinished && 'error' in unfinished) {
          place.lastStatus = 2;
          result = { stdout: '', stderr: unfinished.error, exitCode: 2 };
        } else if (unfinished) {
          const r = this.writeLog.order(await this.runLine(place, unfinished.run, interrupt));
          result = { ...r, stderr: (unfinished.warning ?? '') + r.stderr };
        } else result = this.writeLog.order(await this.runLine(place, line, interrupt));
      } finally {
        this.line = undefined;
        this.lineTyped = false;
      }
      if (interrupt.aborted) result = this.interrupted(place, result);
      else result = withLimit(result);
      this.cluster.settle();
      result = this.dropDeadPlaces(result);
      const record: CommandRecord = { index: this.records.length, input, place: place.info, result, traces: this.traces.slice(traceStart), startedAt };
      this.records.push(record);
      return { ...result, record };
    });
  }

  /**
   * Runs argv in a container, like the container runtime's exec: no shell in between, the
   * container's start-time environment, cwd `/`. An executable the image lacks fails to
   * start (`startError`), as containerd reports it.
   */
  async execInPod(ns: string, pod: string, container: string | undefined, argv: string[], opts: { stdin?: string; tty: boolean }): Promise<ExecResult> {
    return withVirtualHost(this.host, async () => {
      const place = this.execPlace(ns, pod, container);
      if (!place) return { stdout: '', stderr: '', exitCode: 1, startError: `unable to upgrade connection: container not found ("${container ?? pod}")` };
      const exe = argv[0] ?? '';
      const name = exe.includes('/') ? exe.slice(exe.lastIndexOf('/') + 1) : exe;
      if (!place.commandNames.has(name)) {
        const id = Array.from({ length: 64 }, () => '0123456789abcdef'[this.ids.int(0, 15)]).join('');
        return {
          stdout: '',
          stderr: '',
          exitCode: 1,
          startError: `Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown`,
        };
      }
      place.tty = opts.tty;
      try {
        // One of our programs, nothing on stdin: just-bash would only look it up and call it.
        const direct = !opts.stdin && !exe.includes('/') ? await place.runArgv(argv) : undefined;
        if (direct) return direct;
        const r = await place.bash.exec(shellQuote(exe), {
          args: argv.slice(1),
          stdin: opts.stdin,
          env: place.env,
          replaceEnv: true,
          cwd: place.cwd,
          rawScript: true,
          signal: this.line?.shellSignal,
        });
        return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
      } catch (err) {
        return this.internalFailure(err);
      }
    });
  }

  /** Runs a script in a one-shot shell at a place (`ssh worker1 curl …`). */
  async runAt(info: PlaceInfo, script: string, opts: { stdin?: string; tty: boolean; user?: string }): Promise<RunResult> {
    return withVirtualHost(this.host, async () => {
      const place = this.freshPlace(info, opts.user);
      if (!place) return { stdout: '', stderr: `bash: cannot run at ${info.kind} ${info.name}\n`, exitCode: 1 };
      place.tty = opts.tty;
      const trap = parserTrap(script);
      if (trap) return { stdout: '', stderr: trap, exitCode: 1 };
      try {
        const r = await place.bash.exec(script, { stdin: opts.stdin, env: place.env, replaceEnv: true, cwd: place.cwd, rawScript: true, signal: this.line?.shellSignal });
        return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
      } catch (err) {
        return this.internalFailure(err);
      }
    });
  }

  // ---- places ---------------------------------------------------------------------------

  /**
   * Nests a new interactive shell (called by `kubectl exec -it … bash` and `ssh`). `shell`
   * is the program started in a container (`bash`, `sh`, `/bin/ash`): it picks the prompt.
   */
  enter(info: PlaceInfo, opts: { user?: string; shell?: string; afterExit?: () => string } = {}): void {
    withVirtualHost(this.host, () => {
      const place = this.freshPlace(info, opts.user, opts.shell);
      if (!place) throw new Error(`cannot enter ${info.kind} ${info.name}: not running`);
      place.tty = this.tty;
      place.afterExit = opts.afterExit;
      this.stack.push(place);
    });
  }

  /**
   * Runs `fn` with only the outer `depth` shells open (1: the laptop), as if the learner had
   * left the shells above: the tutor's own commands (demos, solution replays) run where the
   * lesson expects them. Afterwards the shells set aside come back, unless `fn` entered or
   * left a shell itself (then its place wins) or their container has gone; those are
   * returned as `closed`.
   */
  async atDepth<T>(depth: number, fn: () => Promise<T>): Promise<{ value: T; closed: PlaceInfo[] }> {
    const keep = Math.max(1, Math.min(depth, this.stack.length));
    const aside = this.stack.splice(keep);
    let value: T;
    try {
      value = await fn();
    } catch (err) {
      if (this.stack.length === keep) this.stack.push(...aside);
      throw err;
    }
    if (this.stack.length !== keep) return { value, closed: aside.map((p) => p.info) };
    const closed: PlaceInfo[] = [];
    for (const place of aside) {
      if (closed.length || !this.stillRunning(place)) closed.push(place.info);
      else this.stack.push(place);
    }
    return { value, closed };
  }

  /** Is the container (or node) under a nested shell still there? */
  private stillRunning(place: Place): boolean {
    if (place.info.kind !== 'pod') return true;
    return this.cluster.containerFs(place.info.namespace ?? 'default', place.info.name, place.info.container) === place.fs;
  }

  /**
   * Lets virtual time pass while no line runs (the interactive app's idle clock, see
   * idle-clock.ts); false, doing nothing, while a line is running.
   */
  passIdleTime(seconds: number): boolean {
    if (this.line || !(seconds > 0)) return false;
    withVirtualHost(this.host, () => this.cluster.advance(seconds));
    return true;
  }

  /** Leaves the innermost nested shell; false at the laptop. */
  leave(): boolean {
    if (this.stack.length <= 1) return false;
    this.stack.pop();
    return true;
  }

  /** The filesystem a place sees (laptop, a running container, a node). */
  fsOf(info: PlaceInfo): IFileSystem {
    if (info.kind === 'laptop') return this.stack[0].fs;
    if (info.kind === 'pod') {
      const fs = this.cluster.containerFs(info.namespace ?? 'default', info.name, info.container);
      if (!fs) throw new Error(`container of pod ${info.namespace ?? 'default'}/${info.name} is not running`);
      return fs;
    }
    return this.nodeFilesystem(info);
  }

  /** The place of a pod's container, if the pod exists (no check that it runs). */
  podPlace(ns: string, pod: string, container?: string): PlaceInfo | undefined {
    const p = this.cluster.api.list('Pod', ns).find((x) => x.metadata?.name === pod);
    return p ? podPlaceInfo(p, container) : undefined;
  }

  /** A node by name or address (what `ssh` accepts). */
  nodePlace(nameOrIp: string): PlaceInfo | undefined {
    const want = nameOrIp.toLowerCase();
    for (const n of this.cluster.api.list('Node')) {
      const info = nodePlaceInfo(n);
      if (info.name.toLowerCase() === want || info.ip === nameOrIp) return info;
    }
    return undefined;
  }

  addTrace(t: Omit<Trace, 'id' | 'time'>): Trace {
    const trace: Trace = { ...t, id: this.traces.length + 1, time: this.cluster.clock.now() };
    this.traces.push(trace);
    return trace;
  }

  // ---- internals ------------------------------------------------------------------------

  private current(): Place {
    return this.stack[this.stack.length - 1];
  }

  private makePlace(setup: PlaceSetup): Place {
    return new Place(setup, this, async (ms) => {
      // `sleep N` moves the virtual clock; nothing waits.
      this.cluster.advance(ms / 1000);
    });
  }

  /** A new interactive shell at a place (fresh variables and history, shared files). */
  private freshPlace(info: PlaceInfo, user?: string, shell?: string): Place | undefined {
    if (info.kind === 'laptop') return this.makePlace({ ...laptopSetup(laptopCommands()), fs: this.stack[0].fs });
    if (info.kind === 'node') {
      const setup = nodeSetup(info, nodeCommands(), user);
      return this.makePlace({ ...setup, fs: this.nodeFilesystem(info, setup.fs) });
    }
    const setup = this.podPlaceSetup(info.namespace ?? 'default', info.name, info.container);
    if (!setup) return undefined;
    // An interactive shell: the runtime adds TERM for a terminal, the shell its SHLVL.
    const env = { ...setup.env, ...(this.tty ? { TERM: 'xterm' } : {}), SHLVL: '1' };
    return this.makePlace({ ...setup, env, flavour: this.flavourOf(info, shell) });
  }

  /** `sh` is dash on Debian-based images and busybox ash on the small ones. */
  private flavourOf(info: PlaceInfo, shell?: string): 'bash' | 'dash' | 'ash' {
    const pod = this.cluster.api.list('Pod', info.namespace ?? 'default').find((x) => x.metadata?.name === info.name);
    const image = pod?.spec?.containers?.find((c) => c.name === info.container)?.image ?? pod?.spec?.containers?.[0]?.image ?? '';
    const base = imageShell(image);
    const name = shell ? shell.slice(shell.lastIndexOf('/') + 1) : base === 'bash' ? 'bash' : 'sh';
    if (name === 'bash') return 'bash';
    if (name === 'ash') return 'ash';
    return base === 'bash' ? 'dash' : 'ash';
  }

  private podPlaceSetup(ns: string, podName: string, container?: string): PlaceSetup | undefined {
    const pod = this.cluster.api.list('Pod', ns).find((x) => x.metadata?.name === podName);
    if (!pod) return undefined;
    const info = podPlaceInfo(pod, container);
    const fs = this.cluster.containerFs(ns, podName, info.container);
    const env = this.cluster.containerEnv(ns, podName, info.container);
    if (!fs || !env) return undefined;
    const image = pod.spec?.containers?.find((c) => c.name === info.container)?.image ?? '';
    return podSetup(info, pod, fs, env, imageCommands(image));
  }

  private execPlace(ns: string, pod: string, container?: string): Place | undefined {
    // The shell made for this container before serves while the container is the same one
    // (same filesystem): then the place's setup need not be built again.
    const found = this.cluster.api.list('Pod', ns).find((x) => x.metadata?.name === pod);
    if (!found) return undefined;
    const key = `${ns}/${pod}/${podPlaceInfo(found, container).container ?? ''}`;
    const cached = this.execPlaces.get(key);
    if (cached && cached.fs === this.cluster.containerFs(ns, pod, cached.info.container)) return cached;
    const setup = this.podPlaceSetup(ns, pod, container);
    if (!setup) return undefined;
    const place = this.makePlace(setup);
    place.oneShot = true;
    this.execPlaces.set(key, place);
    return place;
  }

  private nodeFilesystem(info: PlaceInfo, fresh?: IFileSystem): IFileSystem {
    let fs = this.nodeFs.get(info.name);
    if (!fs) {
      fs = fresh ?? nodeSetup(info, []).fs ?? new InMemoryFs();
      this.nodeFs.set(info.name, fs);
    }
    return fs;
  }

  /** Runs one line in a place's shell and carries its state to the next line. */
  private async runLine(place: Place, line: string, interrupt: LineInterrupt): Promise<RunResult> {
    let script = line;
    if (/^\s*logout(\s+\d+)?\s*$/.test(line)) {
      if (place.leaveStyle !== 'node') return { stdout: '', stderr: "bash: logout: not login shell: use `exit'\n", exitCode: 1 };
      script = line.replace('logout', 'exit');
    }
    place.captured = undefined;
    const inert = place.isInert(script);
    let r: RunResult;
    let out: BashExecResult;
    const t0 = this.cluster.clock.now();
    try {
      const direct = inert ? await place.runDirect(script) : undefined;
      if (direct) {
        place.lastStatus = direct.exitCode;
        return { ...direct, stderr: bashErrors(direct.stderr) };
      }
      out = await place.bash.exec(place.wrap(script, !inert), { env: place.lineEnv(), replaceEnv: true, cwd: place.cwd, rawScript: true, signal: interrupt.shellSignal });
      r = { stdout: out.stdout, stderr: virtualTimes(bashErrors(out.stderr), this.cluster.clock.now() - t0), exitCode: out.exitCode };
    } catch (err) {
      return this.internalFailure(err);
    }
    place.learnFunctions(script);
    if (interrupt.aborted) return r; // Ctrl-C: the caller reports it; the shell's state stays.
    if (inert) {
      // One plain command: the shell's variables and cwd are as they were; only `$?` moved.
      place.lastStatus = r.exitCode;
      return r;
    }
    // (Read back through a widened type: TypeScript cannot see the trailer setting it.)
    const captured = place.captured as CapturedState | undefined;
    if (captured) {
      place.takeVars(captured, out.env);
      place.adopt(captured);
      return { ...r, exitCode: captured.status };
    }
    // The trailer did not run: the line called `exit`, or bash gave up on it (syntax error).
    if (!callsExit(script)) {
      place.lastStatus = r.exitCode;
      return r;
    }
    return this.exitPlace(place, r);
  }

  /** `exit` in a shell: what bash and the client around it (kubectl, ssh) print. */
  private exitPlace(place: Place, r: RunResult): RunResult {
    const code = r.exitCode;
    if (place.leaveStyle === 'laptop' || this.stack.length <= 1) {
      this.exited = true;
      place.lastStatus = code;
      return this.tty ? { ...r, stderr: `${r.stderr}exit\n` } : r;
    }
    this.stack.pop();
    const outer = this.current();
    outer.lastStatus = code;
    if (place.leaveStyle === 'node') {
      return { stdout: `${r.stdout}logout\n`, stderr: `${r.stderr}Connection to ${place.hostname} closed.\n`, exitCode: code };
    }
    // A container shell: bash says `exit` (on the terminal), kubectl reports a failure status.
    const tail = code !== 0 ? `command terminated with exit code ${code}\n` : '';
    const bye = place.flavour === 'bash' ? 'exit\n' : '';
    // `kubectl run -it --rm`: the client deletes the pod once the session ends.
    const after = place.afterExit?.() ?? '';
    return { stdout: `${r.stdout}${bye}${after}`, stderr: `${r.stderr}${tail}`, exitCode: code };
  }

  /**
   * A line stopped by Ctrl-C: what it printed so far, then the `^C` the terminal echoes;
   * `$?` is 130. just-bash's own note about the abort is not something bash prints.
   */
  private interrupted(place: Place, r: RunResult): RunResult {
    const stderr = `${r.stderr.replace(/^bash: execution aborted\n/m, '')}^C\n`;
    place.lastStatus = INTERRUPTED_STATUS;
    return { stdout: r.stdout, stderr, exitCode: INTERRUPTED_STATUS, chunks: r.chunks && [...r.chunks, { fd: 2, text: '^C\n' }] };
  }

  /** A container shell whose container stopped (pod deleted) ends like a killed process. */
  private dropDeadPlaces(r: RunResult): RunResult {
    let out = r;
    while (this.stack.length > 1) {
      const top = this.current();
      if (top.info.kind !== 'pod') break;
      const fs = this.cluster.containerFs(top.info.namespace ?? 'default', top.info.name, top.info.container);
      if (fs === top.fs) break;
      this.stack.pop();
      this.current().lastStatus = 137;
      const tail = 'command terminated with exit code 137\n';
      out = { ...out, stderr: `${out.stderr}${tail}`, exitCode: 137, chunks: out.chunks && [...out.chunks, { fd: 2, text: tail }] };
    }
    return out;
  }

  private internalFailure(err: unknown): RunResult {
    const e = err instanceof Error ? err : new Error(String(err));
    this.internalErrors.push(e);
    return { stdout: '', stderr: `bash: internal error: ${e.message}\n`, exitCode: 1 };
  }
}

const BLANK_LINE = /^\s*(#.*)?$/;

function isBlank(line: string): boolean {
  if (!line.includes('\n')) return BLANK_LINE.test(line);
  return line.split('\n').every((l) => BLANK_LINE.test(l));
}

/** Whether a line has an `exit` in command position (then a cut-short line means the shell exited). */
function callsExit(line: string): boolean {
  return /(^|[;&|({]|\b(then|do|else)\b)\s*exit(\s|;|$)/m.test(line);
}

/**
 * The `time` keyword reads the host's monotonic clock (captured by just-bash at load, out of
 * our reach); its report is rewritten with the virtual time the line took.
 */
function virtualTimes(stderr: string, elapsedMs: number): string {
  if (!stderr.includes('real\t')) return stderr;
  const m = Math.floor(elapsedMs / 60000);
  const s = ((elapsedMs % 60000) / 1000).toFixed(3);
  return stderr.replace(/^real\t\d+m[\d.]+s$/gm, `real\t${m}m${s}s`);
}

/** just-bash words syntax errors as `syntax error: Parse error at L:C: …`; bash does not. */
function bashErrors(stderr: string): string {
  return stderr.replace(/^bash: syntax error: Parse error at \d+:\d+: /gm, 'bash: ');
}

/** A line stopped by the shell's safety limits: the library's message becomes RunResult.limit. */
function withLimit(r: RunResult): RunResult {
  const { stderr, limit } = takeLimit(r.stderr);
  if (!limit) return r;
  return { stdout: r.stdout, stderr, exitCode: r.exitCode, limit };
}
