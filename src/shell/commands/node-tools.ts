// `node`, `npm` and `yarn` of the kubia images (`FROM node:7`). Their versions come from the
// image's ENV (NODE_VERSION, YARN_VERSION); npm is the one node 7.10.1 bundles. No
// JavaScript ever runs here — not the learner's, and certainly not on the host — so anything
// past the version questions is refused in one honest line.
import type { CommandContext, RunResult, ShellCommand } from '../types.js';
import { placeImage } from './net/context.js';
import { lookupImage } from '../../cluster/images.js';

/** npm as bundled with each node release the images use. */
const NPM_OF_NODE: Record<string, string> = { '7.10.1': '4.2.0' };

function imageEnv(ctx: CommandContext, key: string): string | undefined {
  return lookupImage(placeImage(ctx))?.env.find(([k]) => k === key)?.[1];
}

const refuse = (name: string): RunResult => ({ stdout: '', stderr: `${name}: running JavaScript is not simulated in kubetour (only --version)\n`, exitCode: 1 });

export const nodeCommand: ShellCommand = {
  name: 'node',
  run(ctx) {
    const v = imageEnv(ctx, 'NODE_VERSION') ?? '7.10.1';
    if (ctx.args[0] === '--version' || ctx.args[0] === '-v') return { stdout: `v${v}\n`, stderr: '', exitCode: 0 };
    return refuse('node');
  },
};

export const npmCommand: ShellCommand = {
  name: 'npm',
  run(ctx) {
    const node = imageEnv(ctx, 'NODE_VERSION') ?? '7.10.1';
    if (ctx.args[0] === '--version' || ctx.args[0] === '-v') return { stdout: `${NPM_OF_NODE[node] ?? '4.2.0'}\n`, stderr: '', exitCode: 0 };
    return refuse('npm');
  },
};

export const yarnCommand: ShellCommand = {
  name: 'yarn',
  run(ctx) {
    const v = imageEnv(ctx, 'YARN_VERSION') ?? '0.24.4';
    if (ctx.args[0] === '--version' || ctx.args[0] === '-v') return { stdout: `${v}\n`, stderr: '', exitCode: 0 };
    return refuse('yarn');
  },
};
