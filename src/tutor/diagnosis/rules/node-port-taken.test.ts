import { describe, expect, it } from 'vitest';
import { Store } from '../../../cluster/store/store.js';
import { toDiagnosis } from '../render.js';
import { testRule } from '../rule-tester.js';
import { NO_TASK, type DiagnosisContext } from '../types.js';
import { nodePortTaken } from './node-port-taken.js';

const NODEPORT = (name: string) => `kubectl create service nodeport ${name} --tcp=80:8080 --node-port=30123`;

describe('node-port-taken', () => {
  testRule(nodePortTaken, {
    valid: [{ line: NODEPORT('kubia-np') }],
    invalid: [
      {
        setup: [NODEPORT('kubia-np')],
        line: NODEPORT('kubia-np2'),
        en: "Node port 30123 already belongs to Service `kubia-np`: a node port is unique across the cluster, so `kubia-np2` can't have it too. Leave `nodePort` out and Kubernetes picks a free one (30000–32767), or choose a port no Service uses.",
        ko: '노드 포트 30123번은 이미 `kubia-np` 서비스가 쓰고 있어요. 노드 포트는 클러스터 전체에서 하나의 서비스만 쓸 수 있어서 `kubia-np2` 서비스는 같은 번호를 가질 수 없어요. `nodePort`를 빼면 쿠버네티스가 30000–32767 범위에서 빈 포트를 골라 주고, 아니면 아무 서비스도 쓰지 않는 포트를 고르세요.',
      },
    ],
  });

  it('on a shared real cluster, names a holder the learner cannot see as another namespace\'s', () => {
    // The learner's view of a real cluster holds only their own namespace: the owner is not in it.
    const ctx = { stderr: 'The Service "kubia-nodeport2" is invalid: spec.ports[0].nodePort: Invalid value: 30123: provided port is already allocated\n', store: new Store(), task: NO_TASK } as unknown as DiagnosisContext;
    const found = nodePortTaken.check(ctx);
    expect(found).toEqual({ message: 'elsewhere', data: { service: 'kubia-nodeport2', port: 30123 } });
    expect(toDiagnosis('node-port-taken', found!).message.en).toMatch(/^Node port 30123 already belongs to a Service in another namespace of this cluster/);
  });
});
