// Manual Endpoints under a name no Service has (`name: external-svc` for the Service
// `external-service`): the API server takes them, but a Service only ever uses the
// Endpoints object of its own name, so the Service still has nowhere to send a request.
import type { Rule } from '../types.js';

export const endpointsName: Rule = {
  meta: { id: 'endpoints-name', description: 'Endpoints were written under a name no Service has', messages: ['noService'] },
  check(ctx) {
    for (const c of ctx.changed) {
      if (c.kind !== 'Endpoints' || ctx.store.get('Service', c.namespace, c.name)) continue;
      const service = ctx.task.objects.find((o) => o.kind === 'Service' && o.namespace === c.namespace);
      if (service) return { message: 'noService', data: { name: c.name, service: service.name } };
    }
    return undefined;
  },
};
