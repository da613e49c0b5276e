import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { unsupportedValue } from './unsupported-value.js';

describe('unsupported-value', () => {
  testRule(unsupportedValue, {
    valid: [
      { line: 'kubectl expose rc kubia --type=LoadBalancer --name kubia-http' },
      // Nothing accepted is close: the server's list says it all.
      { line: 'kubectl expose rc kubia --type=Banana --name kubia-http' },
    ],
    invalid: [
      {
        line: 'kubectl expose rc kubia --type=loadbalancer --name kubia-http',
        en: '`spec.type` does not take `loadbalancer`: values are case-sensitive — did you mean `LoadBalancer`?',
        ko: '`spec.type` 필드에는 `loadbalancer` 값을 쓸 수 없어요. 값은 대소문자를 구분해요. 혹시 `LoadBalancer` 아닌가요?',
      },
      {
        line: 'kubectl expose rc kubia --type=LoadBalancr --name kubia-http',
        en: '`spec.type` does not take `LoadBalancr` — did you mean `LoadBalancer`?',
        ko: '`spec.type` 필드에는 `LoadBalancr` 값을 쓸 수 없어요. 혹시 `LoadBalancer` 아닌가요?',
      },
    ],
  });
});
