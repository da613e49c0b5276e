// `pods/exec` over WebSocket, the channel protocol kubectl 1.30 tries first
// (`v5.channel.k8s.io`; v4 is accepted too): every binary message starts with its channel —
// 0 stdin, 1 stdout, 2 stderr, 3 the closing Status, 4 terminal size; v5 adds [255, n] to
// close channel n. The command runs in the simulated container. With a TTY and a shell the
// server is the terminal too: it echoes what is typed, edits the line, and runs each line in
// a shell of its own in the pod.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { Session } from '../shell/session.js';
import { podPlaceInfo } from '../shell/places/pod.js';
import type { KubeApi } from './api.js';
import { parseResourcePath } from './request.js';
import { status, statusOf, type StatusBody } from './status.js';

const PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'];
const SHELLS = new Set(['bash', 'sh', 'ash', 'dash', 'zsh', '/bin/bash', '/bin/sh', '/bin/ash', '/usr/bin/bash', '/bin/zsh']);
const STDIN = 0;
const STDOUT = 1;
const STDERR = 2;
const ERROR = 3;
const CLOSE = 255;

interface ExecRequest {
  ns: string;
  pod: string;
  container: string;
  argv: string[];
  stdin: boolean;
  tty: boolean;
}

export class ExecServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (offered) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
  });

  constructor(private readonly api: KubeApi) {}

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    let exec: ExecRequest;
    try {
      this.api.catchUp();
      exec = this.parse(req);
    } catch (err) {
      const s: StatusBody = err && typeof err === 'object' && (err as StatusBody).kind === 'Status' ? (err as StatusBody) : statusOf(err);
      const body = JSON.stringify(s);
      socket.end(`HTTP/1.1 ${s.code} ${s.reason ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      void this.run(ws, exec).catch(() => ws.terminate());
    });
  }

  closeAll(): void {
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
  }

  /** The pod, container and command of an exec URL; a Status (thrown) when it cannot run. */
  private parse(req: IncomingMessage): ExecRequest {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = parseResourcePath(url.pathname);
    if (!path || path.kind !== 'Pod' || !path.name || path.subresource !== 'exec') throw status('NotFound', 'the server could not find the requested resource');
    const ns = path.namespace ?? 'default';
    const pod = this.api.cluster.api.get('Pod', ns, path.name) as Readonly<Pod>;
    const q = url.searchParams;
    const names = (pod.spec?.containers ?? []).map((c) => c.name);
    const container = q.get('container') || names[0] || '';
    if (!names.includes(container)) throw status('BadRequest', `container ${container} is not valid for pod ${path.name}`);
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw status('BadRequest', `cannot exec into a container in a completed pod; current phase is ${phase}`);
    const running = pod.status?.containerStatuses?.find((s) => s.name === container)?.state?.running;
    if (!running) throw status('BadRequest', `container not found ("${container}")`);
    const argv = q.getAll('command');
    if (argv.length === 0) throw status('BadRequest', 'you must specify at least 1 command');
    return { ns, pod: path.name, container, argv, stdin: q.get('stdin') === 'true' || q.get('stdin') === '1', tty: q.get('tty') === 'true' || q.get('tty') === '1' };
  }

  private async run(ws: WebSocket, exec: ExecRequest): Promise<void> {
    const v5 = ws.protocol === 'v5.channel.k8s.io';
    const write = (channel: number, text: string) => {
      if (text === '' || ws.readyState !== ws.OPEN) return;
      ws.send(Buffer.concat([Buffer.from([channel]), Buffer.from(exec.tty ? text.replace(/\r?\n/g, '\r\n') : text, 'utf8')]));
    };
    const finish = (code: number, startError?: string) => {
      if (ws.readyState !== ws.OPEN) return;
      const s = startError
        ? { metadata: {}, status: 'Failure', message: startError, reason: 'InternalError', code: 500 }
        : code === 0
          ? { metadata: {}, status: 'Success' }
          : {
              metadata: {},
              status: 'Failure',
              message: `command terminated with non-zero exit code: error executing command [${exec.argv.join(' ')}]: Process exited with status ${code}`,
              reason: 'NonZeroExitCode',
              details: { causes: [{ reason: 'ExitCode', message: String(code) }] },
            };
      ws.send(Buffer.concat([Buffer.from([ERROR]), Buffer.from(JSON.stringify(s))]));
      ws.close(1000);
    };
    const interactive = exec.stdin && exec.tty && exec.argv.length === 1 && SHELLS.has(exec.argv[0]);
    if (interactive) return this.terminal(ws, exec, write, finish);
    let stdin = '';
    if (exec.stdin) stdin = await readStdin(ws, v5);
    this.api.catchUp();
    const r = await this.api.session.execInPod(exec.ns, exec.pod, exec.container, exec.argv, { stdin: exec.stdin ? stdin : undefined, tty: exec.tty });
    this.api.cluster.settle();
    if (r.startError) return finish(1, r.startError);
    write(STDOUT, r.stdout);
    write(exec.tty ? STDOUT : STDERR, r.stderr);
    finish(r.exitCode);
  }

  /**
   * `exec -it POD -- bash`: a terminal in raw mode on the client, so this side echoes and
   * edits the line (backspace, Ctrl-C, Ctrl-U, Ctrl-D on an empty line) and runs each line
   * in a shell of its own session over the same cluster, until that shell exits.
   */
  private async terminal(ws: WebSocket, exec: ExecRequest, write: (ch: number, t: string) => void, finish: (code: number, err?: string) => void): Promise<void> {
    const outer = this.api.session;
    const probe = await outer.execInPod(exec.ns, exec.pod, exec.container, [exec.argv[0], '-c', 'true'], { tty: true });
    if (probe.startError) return finish(1, probe.startError);
    const shell = new Session(outer.cluster, outer.network, outer.seed, true);
    const pod = outer.cluster.api.get('Pod', exec.ns, exec.pod) as Readonly<Pod>;
    shell.enter(podPlaceInfo(pod, exec.container), { shell: exec.argv[0] });
    // The line being typed, as bytes (UTF-8 arrives byte by byte and is echoed as is).
    let line: number[] = [];
    let busy = false;
    const queue: Buffer[] = [];
    const echo = (bytes: number[]) => {
      if (ws.readyState === ws.OPEN && bytes.length > 0) ws.send(Buffer.from([STDOUT, ...bytes]));
    };
    write(STDOUT, shell.prompt());
    const runLine = async (text: string) => {
      this.api.catchUp();
      const r = await shell.run(text);
      const done = shell.depth() <= 1;
      // When the shell exits, kubectl itself reports a failure status: drop the built-in
      // client's own line and let the Status carry the code.
      const stderr = done ? r.stderr.replace(/command terminated with exit code \d+\n$/, '') : r.stderr;
      write(STDOUT, r.stdout);
      write(STDOUT, stderr);
      if (done) return finish(r.exitCode);
      write(STDOUT, shell.prompt());
    };
    const feed = async (data: Buffer) => {
      for (const byte of data) {
        if (ws.readyState !== ws.OPEN) return;
        if (byte === 0x0d || byte === 0x0a) {
          write(STDOUT, '\n');
          const text = Buffer.from(line).toString('utf8');
          line = [];
          if (text.trim() === '') write(STDOUT, shell.prompt());
          else await runLine(text);
        } else if (byte === 0x7f || byte === 0x08) {
          if (line.length > 0) {
            // One character: its continuation bytes and its lead byte.
            while (line.length > 1 && (line[line.length - 1] & 0xc0) === 0x80) line.pop();
            line.pop();
            write(STDOUT, '\b \b');
          }
        } else if (byte === 0x03) {
          line = [];
          write(STDOUT, `^C\n${shell.prompt()}`);
        } else if (byte === 0x15) {
          write(STDOUT, '\b \b'.repeat(Buffer.from(line).toString('utf8').length));
          line = [];
        } else if (byte === 0x04) {
          if (line.length === 0) {
            write(STDOUT, 'exit\n');
            await runLine('exit');
          }
        } else if (byte >= 0x20 || byte === 0x09) {
          line.push(byte);
          echo([byte]);
        }
      }
    };
    ws.on('message', (raw: Buffer) => {
      if (raw.length === 0) return;
      const channel = raw[0];
      if (channel === STDIN) {
        queue.push(raw.subarray(1));
        void drain();
      } else if (channel === CLOSE && raw[1] === STDIN) {
        queue.push(Buffer.from([0x04]));
        void drain();
      }
      // RESIZE: nothing in the simulated shell depends on the terminal size.
    });
    const drain = async () => {
      if (busy) return;
      busy = true;
      try {
        while (queue.length > 0) await feed(queue.shift()!);
      } finally {
        busy = false;
      }
    };
  }
}

/** Stdin until the client closes it (v5: [255, 0]; v4: the connection ends). */
function readStdin(ws: WebSocket, v5: boolean): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString('utf8'));
    ws.on('message', (raw: Buffer) => {
      if (raw.length === 0) return;
      if (raw[0] === STDIN) chunks.push(raw.subarray(1));
      else if (raw[0] === CLOSE && raw[1] === STDIN) done();
    });
    ws.on('close', done);
    if (!v5) {
      // v4 has no way to close stdin alone: a short quiet period ends it.
      setTimeout(done, 200).unref();
    }
  });
}
