// The HTTP server of `kubetour serve`: loopback only, plain HTTP (kubeconfig says so), one
// simulated cluster behind it. REST requests go to KubeApi; `pods/exec` upgrades to a
// WebSocket (exec.ts). In wall mode a ticker keeps the virtual clock on the wall clock, so
// pods start and watches see changes while nobody asks.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Session } from '../shell/session.js';
import { KubeApi, type ClockMode } from './api.js';
import { ExecServer } from './exec.js';

export interface ServeOptions {
  mode: ClockMode;
  /** 0 (default): an ephemeral port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  api: KubeApi;
  close(): Promise<void>;
}

/** Starts serving `session`'s cluster on 127.0.0.1. */
export async function startServer(session: Session, opts: ServeOptions): Promise<RunningServer> {
  const api = new KubeApi(session, opts.mode);
  const exec = new ExecServer(api);
  const server = http.createServer((req, res) => {
    void api.handle(req, res);
  });
  server.on('upgrade', (req, socket, head) => exec.upgrade(req, socket, head));
  // kubectl keeps connections alive between requests of one command.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  api.setAddress(`127.0.0.1:${port}`);
  const ticker = opts.mode === 'wall' ? setInterval(() => api.catchUp(), 250) : undefined;
  ticker?.unref();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    api,
    close: () =>
      new Promise<void>((resolve) => {
        if (ticker) clearInterval(ticker);
        exec.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
