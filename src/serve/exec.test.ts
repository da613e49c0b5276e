// pods/exec over the v5 channel protocol, as kubectl 1.30 speaks it: one-shot commands with
// their exit status, and an interactive shell where the server echoes and runs each line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Session } from '../shell/session.js';
import { startServer, type RunningServer } from './server.js';

let server: RunningServer;
let session: Session;
let pod: string;

beforeAll(async () => {
  session = Session.create({ seed: 3 });
  server = await startServer(session, { mode: 'lockstep' });
  pod = session.cluster.api.list('Pod', 'default')[0].metadata!.name!;
});
afterAll(async () => {
  await server.close();
});

function open(query: string): Promise<{ ws: WebSocket; frames: { ch: number; text: string }[]; done: Promise<void> }> {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/namespaces/default/pods/${pod}/exec?${query}`, ['v5.channel.k8s.io', 'v4.channel.k8s.io']);
  const frames: { ch: number; text: string }[] = [];
  ws.on('message', (d: Buffer) => frames.push({ ch: d[0], text: d.subarray(1).toString('utf8') }));
  const done = new Promise<void>((resolve) => ws.on('close', () => resolve()));
  return new Promise((resolve, reject) => {
    ws.on('open', () => resolve({ ws, frames, done }));
    ws.on('error', reject);
  });
}

const text = (frames: { ch: number; text: string }[], ch: number) => frames.filter((f) => f.ch === ch).map((f) => f.text).join('');

describe('pods/exec over WebSocket', () => {
  it('runs a command and closes with its status', async () => {
    const { ws, frames, done } = await open('command=sh&command=-c&command=echo%20hi%3B%20exit%203&stdout=true&stderr=true');
    expect(ws.protocol).toBe('v5.channel.k8s.io');
    await done;
    expect(text(frames, 1)).toBe('hi\n');
    const status = JSON.parse(text(frames, 3));
    expect(status).toMatchObject({ status: 'Failure', reason: 'NonZeroExitCode', details: { causes: [{ reason: 'ExitCode', message: '3' }] } });
  });

  it('is a terminal for `exec -it POD -- bash`', async () => {
    const { ws, frames, done } = await open('command=bash&stdin=true&stdout=true&tty=true');
    const send = (s: string) => ws.send(Buffer.concat([Buffer.from([0]), Buffer.from(s)]));
    await new Promise((r) => setTimeout(r, 50));
    send('hostname\r');
    await new Promise((r) => setTimeout(r, 200));
    send('exit\r');
    await done;
    const out = text(frames, 1);
    expect(out).toContain(`root@${pod}:/# hostname\r\n${pod}\r\n`);
    expect(JSON.parse(text(frames, 3)).status).toBe('Success');
  });
});
