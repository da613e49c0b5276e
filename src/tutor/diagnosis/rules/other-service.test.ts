import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { otherService } from './other-service.js';
import type { Predicate } from '../../schema.js';

const POD = "$(kubectl get pods -l app=kubia -o jsonpath='{.items[0].metadata.name}')";
const TWO = ['kubectl expose rc kubia --name kubia-a --port 80 --target-port 8080', 'kubectl expose rc kubia --name kubia-b --port 81 --target-port 8080'];
const check: Predicate = { id: 'b', request: { tool: 'curl', service: 'kubia-b', outcome: 'ok' } };

describe('other-service', () => {
  testRule(otherService, {
    valid: [
      { setup: TWO, line: `kubectl exec ${POD} -- curl -s http://kubia-b:81`, check },
      // No task names a Service: nothing to compare with.
      { setup: TWO, line: `kubectl exec ${POD} -- curl -s http://kubia-a` },
    ],
    invalid: [
      {
        setup: TWO,
        line: `kubectl exec ${POD} -- curl -s http://kubia-a`,
        check,
        en: 'Your request went to Service `kubia-a` (port 80); this step is about Service `kubia-b`, on port 81.',
        ko: '방금 요청은 `kubia-a` 서비스(포트 80) 쪽으로 갔어요. 이 단계는 `kubia-b` 서비스(포트 81)에 관한 거예요.',
      },
    ],
  });
});
