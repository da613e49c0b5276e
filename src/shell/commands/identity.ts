// `hostname` and `whoami`: who and where the learner is (laptop, a pod, a node).
import type { ShellCommand } from '../types.js';
import { ok } from '../types.js';
import { LAPTOP_HOSTNAME, LAPTOP_USER } from '../home/index.js';
import type { PlaceInfo } from '../types.js';

export function hostnameOf(place: PlaceInfo): string {
  return place.kind === 'laptop' ? LAPTOP_HOSTNAME : place.name;
}

export function userOf(place: PlaceInfo): string {
  return place.kind === 'pod' ? 'root' : LAPTOP_USER;
}

export const hostnameCommand: ShellCommand = {
  name: 'hostname',
  run: (ctx) => {
    if (ctx.args.includes('-i') || ctx.args.includes('-I') || ctx.args.includes('--ip-address') || ctx.args.includes('--all-ip-addresses')) {
      return ok(ctx.args.includes('-I') || ctx.args.includes('--all-ip-addresses') ? `${ctx.place.ip} \n` : `${ctx.place.ip}\n`);
    }
    return ok(`${hostnameOf(ctx.place)}\n`);
  },
};

export const whoamiCommand: ShellCommand = {
  name: 'whoami',
  run: (ctx) => ok(`${userOf(ctx.place)}\n`),
};
