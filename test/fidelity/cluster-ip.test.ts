// registry/core/service NormalizeClusterIPs copies a changed clusterIP into clusterIPs (and the
// other way round) before validation, so the immutability error quotes the NEW value.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/shell.js';

describe('changing a Service clusterIP', () => {
  it('quotes the new value, from clusterIP and from clusterIPs', async () => {
    const r = await runScript(
      'kubectl expose rc kubia --port=80 --target-port=8080\n' +
        `kubectl patch svc kubia -p '{"spec":{"clusterIP":"10.96.0.99"}}'\n` +
        `kubectl patch svc kubia -p '{"spec":{"clusterIPs":["10.96.0.98"]}}'`,
    );
    expect(r.stderr).toBe(
      'The Service "kubia" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.99"}: may not change once set\n' +
        'The Service "kubia" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.98"}: may not change once set\n',
    );
  });
});
