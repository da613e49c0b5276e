// A request that reached a Service, but not the one the step is about: `curl node:30123`
// (kubia-nodeport) when the task wants kubia-nodeport-onlylocal on 30124. The answer looks
// like success, so without a word the learner believes the step's point was shown.
import { parseTarget } from '../facts.js';
import type { Rule } from '../types.js';

export const otherService: Rule = {
  meta: { id: 'other-service', description: 'A request went through another Service than the task\'s', messages: ['other'] },
  check(ctx) {
    const wanted = ctx.task.services;
    const requests = ctx.traces.filter((t) => t.tool !== 'probe');
    if (wanted.length === 0 || requests.some((t) => t.service && wanted.includes(t.service.name))) return undefined;
    const t = requests.find((r) => r.service && !wanted.includes(r.service.name));
    if (!t?.service) return undefined;
    const typedPort = parseTarget(t.target).port;
    const want = ctx.store.get('Service', t.service.namespace, wanted[0]);
    // Name the task Service's port the way the learner addressed this one: a node port for a node port.
    const viaNodePort = t.service.type !== 'ClusterIP' && typedPort !== t.service.port;
    const wantPort = viaNodePort ? want?.spec?.ports?.find((p) => p.nodePort)?.nodePort : want?.spec?.ports?.[0]?.port;
    return { message: 'other', data: { name: t.service.name, port: typedPort, wanted: wanted[0], wantedPort: wantPort ?? '' } };
  },
};
