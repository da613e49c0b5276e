// `The Service "x" is invalid: spec.ports[0].nodePort: Invalid value: 30123: provided port is
// already allocated`: every node port belongs to one Service in the whole cluster. Say which
// Service holds it (or that one outside the learner's namespace does) and how to get a free one.
import type { Rule } from '../types.js';

export const nodePortTaken: Rule = {
  meta: { id: 'node-port-taken', description: 'a nodePort another Service already holds', messages: ['taken', 'elsewhere'] },
  check(ctx) {
    const m = /(?:The )?Service "([^"]+)" is invalid: .*nodePort: Invalid value: (\d+): provided port is already allocated/.exec(ctx.stderr);
    if (!m) return undefined;
    const port = Number(m[2]);
    const owner = ctx.store.list('Service').find((s) => (s.spec?.ports ?? []).some((p) => p.nodePort === port));
    // On a shared real cluster the holder may live in a namespace the learner can't see.
    if (!owner) return { message: 'elsewhere', data: { service: m[1], port } };
    return { message: 'taken', data: { service: m[1], port, owner: owner.metadata?.name } };
  },
};
