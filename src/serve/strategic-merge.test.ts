import { describe, expect, it } from 'vitest';
import { applyStrategicPatch } from './strategic-merge.js';

describe('strategic merge patches with kubectl directives', () => {
  const live = { spec: { ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }], selector: { app: 'kubia' } }, metadata: { finalizers: ['a'] } };

  it('merges keyed lists and obeys $setElementOrder', () => {
    const out = applyStrategicPatch(live, { spec: { '$setElementOrder/ports': [{ port: 443 }, { port: 80 }], ports: [{ port: 80, targetPort: 8080 }] } }) as any;
    expect(out.spec.ports).toEqual([{ name: 'https', port: 443 }, { name: 'http', port: 80, targetPort: 8080 }]);
  });

  it('deletes with null and $patch: delete, replaces with $patch: replace', () => {
    expect((applyStrategicPatch(live, { spec: { selector: null } }) as any).spec.selector).toBeUndefined();
    expect((applyStrategicPatch(live, { spec: { ports: [{ port: 443, $patch: 'delete' }] } }) as any).spec.ports).toEqual([{ name: 'http', port: 80 }]);
    expect((applyStrategicPatch(live, { spec: { selector: { $patch: 'replace', tier: 'web' } } }) as any).spec.selector).toEqual({ tier: 'web' });
  });

  it('unions scalar merge lists and removes with $deleteFromPrimitiveList', () => {
    expect((applyStrategicPatch(live, { metadata: { finalizers: ['b'] } }) as any).metadata.finalizers).toEqual(['a', 'b']);
    expect((applyStrategicPatch(live, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }) as any).metadata.finalizers).toEqual([]);
  });

  it('keeps only $retainKeys', () => {
    expect(applyStrategicPatch({ a: 1, b: 2 }, { $retainKeys: ['b'], b: 3 })).toEqual({ b: 3 });
  });
});
