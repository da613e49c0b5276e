import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { resourceTypo } from './resource-typo.js';

describe('resource-typo', () => {
  testRule(resourceTypo, {
    valid: [
      { line: 'kubectl get services' },
      // Nothing served is close: kubectl's own error says it all.
      { line: 'kubectl get bananas' },
    ],
    invalid: [
      {
        line: 'kubectl get servcies',
        en: 'Kubernetes has no resource type `servcies` — did you mean `services`? (`kubectl api-resources` lists them all.)',
        ko: '쿠버네티스에는 `servcies` 리소스 종류가 없어요. 혹시 `services` 아닌가요? (`kubectl api-resources`로 전체 목록을 볼 수 있어요.)',
      },
      {
        // The Endpoints type has no singular form: `endpoints` is both.
        line: 'kubectl get endpoint kubia',
        en: 'Kubernetes has no resource type `endpoint` — did you mean `endpoints`? (`kubectl api-resources` lists them all.)',
        ko: '쿠버네티스에는 `endpoint` 리소스 종류가 없어요. 혹시 `endpoints` 아닌가요? (`kubectl api-resources`로 전체 목록을 볼 수 있어요.)',
      },
    ],
  });
});
