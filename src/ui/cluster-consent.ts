// `--cluster [CONTEXT]` of the app and of `kubetour play`: before anything runs, the learner
// reads in their language that this is no longer a sandbox — their lines will run in a real
// shell on this machine against that context — and answers once. Only a yes goes on.
import type { CliIO } from '../cli-io.js';
import { clusterT, type Lang } from '../i18n/index.js';
import { currentContext, realWorkdir, type RealClusterTarget } from '../tutor/real/real-sessions.js';

const YES = /^(y|yes|예|네|응|ㅇ)$/i;

/**
 * Says what `--cluster` means and asks; `answer` reads the learner's reply (a line). Returns
 * the target on a yes, or the exit status when the run must stop (message already written).
 */
export async function clusterConsent(io: CliIO, lang: Lang, context: string | undefined, answer: () => Promise<string | undefined>): Promise<RealClusterTarget | number> {
  const t = clusterT(lang);
  const kubectl = io.env.KUBETOUR_KUBECTL || 'kubectl';
  const name = context ?? currentContext(kubectl, io.env);
  if (!name) {
    io.stderr.write(`${t('noContext')}\n`);
    return 2;
  }
  const target: RealClusterTarget = { context: name, kubectl, env: io.env };
  io.stdout.write(`${t('notice', { context: name, dir: realWorkdir(target) })}\n\n${t('consent', { context: name })}`);
  const reply = ((await answer()) ?? '').trim();
  if (!YES.test(reply)) {
    io.stdout.write(`\n${t('declined', { context: name })}\n`);
    return 1;
  }
  io.stdout.write('\n');
  return target;
}

/** Reads one line from a stream, leaving the rest unread (the app's TTY before Ink takes it). */
export function readOneLine(stream: NodeJS.ReadableStream): Promise<string | undefined> {
  return new Promise((resolve) => {
    let buf = '';
    const onData = (chunk: Buffer | string) => {
      buf += chunk.toString();
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const rest = buf.slice(nl + 1);
      done(buf.slice(0, nl).replace(/\r$/, ''));
      // A piped script arrives in one chunk: what follows the answer is the script.
      if (rest) (stream as NodeJS.ReadableStream & { unshift(chunk: Buffer): void }).unshift(Buffer.from(rest));
    };
    const onEnd = () => done(buf || undefined);
    const done = (line: string | undefined) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.pause();
      resolve(line);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.resume();
  });
}
