import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { nearMissCreated } from './near-miss-created.js';

const check = { id: 'svc', object: { kind: 'Service' as const, name: 'kubia-http' } };

describe('near-miss-created', () => {
  testRule(nearMissCreated, {
    valid: [{ line: 'kubectl expose rc kubia --type=LoadBalancer --name kubia-http', check }],
    invalid: [
      {
        line: 'kubectl expose rc kubia --type=LoadBalancer --name kubia-htp',
        check,
        en: 'You created Service `kubia-htp`, but the task asks for `kubia-http` — did you mean `kubia-http`? Remove the misnamed one with `kubectl delete svc kubia-htp` and create `kubia-http`.',
        ko: '서비스 `kubia-htp` 객체를 만들었지만, 과제에서 만들 이름은 `kubia-http` 입니다. `kubia-http` 이름을 의도하셨나요? `kubectl delete svc kubia-htp` 명령으로 잘못 만든 것을 지우고 `kubia-http` 이름으로 다시 만드세요.',
      },
      {
        // The task's name in another namespace.
        setup: ['kubectl create namespace test'],
        line: 'kubectl create service clusterip kubia-http --tcp=80:8080 -n test',
        check,
        en: "You created a new Service `kubia-http` in namespace `test`; the task's Service `kubia-http` is in `default`. Run it again without `-n`, and remove the extra one with `kubectl delete svc kubia-http -n test`.",
        ko: '서비스 `kubia-http` 객체를 `test` 네임스페이스에 새로 만들었어요. 과제의 서비스 `kubia-http` 객체는 `default` 네임스페이스에 있어요. `-n` 옵션 없이 다시 실행하고, 잘못 만든 것은 `kubectl delete svc kubia-http -n test` 명령으로 지우세요.',
      },
    ],
  });
});
