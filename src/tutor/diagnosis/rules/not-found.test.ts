import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { notFound } from './not-found.js';

describe('not-found-near', () => {
  testRule(notFound, {
    valid: [
      { line: 'kubectl get rc kubia' },
      // Nothing close: kubectl's own error says it all.
      { line: 'kubectl exec kubia-7nog1 -- curl -s http://10.111.249.153' },
    ],
    invalid: [
      {
        line: 'kubectl expose rc kubai --port=80',
        en: 'There is no ReplicationController `kubai` — did you mean `kubia`?',
        ko: '레플리케이션컨트롤러 `kubai` 객체는 없어요. 혹시 `kubia` 아닌가요?',
      },
      {
        setup: ['kubectl expose rc kubia --name kubia-http --port=80 --target-port=8080'],
        line: 'kubectl describe svc kubia-htpp',
        en: 'There is no Service `kubia-htpp` — did you mean `kubia-http`?',
        ko: '서비스 `kubia-htpp` 객체는 없어요. 혹시 `kubia-http` 아닌가요?',
      },
    ],
  });
});
