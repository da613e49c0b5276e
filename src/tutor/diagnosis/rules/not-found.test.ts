import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { notFound } from './not-found.js';

describe('not-found-near', () => {
  testRule(notFound, {
    valid: [
      { line: 'kubectl get rc kubia' },
      // Nothing close: kubectl's own error says it all.
      { line: 'kubectl describe svc kubernetes-dashboard' },
    ],
    invalid: [
      {
        // The right name, the wrong namespace.
        line: 'kubectl get svc kubernetes -n kube-system',
        en: 'Service `kubernetes` is not in namespace `kube-system`; it is in `default`. Use `-n default` to look there (for `default`, just leave `-n` out).',
        ko: '서비스 `kubernetes` 객체는 `kube-system` 네임스페이스에 없고 `default` 네임스페이스에 있어요. 그 네임스페이스를 보려면 `-n default` 옵션을 쓰세요(`default` 네임스페이스라면 `-n` 옵션을 빼도 돼요).',
      },
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
      {
        // The book's pod name: the learner's pods have other random names.
        line: 'kubectl exec kubia-7nog1 -- curl -s http://10.111.249.153',
        en: 'There is no pod `kubia-7nog1`. Pods made by a controller get random names, and new ones when they are recreated; the pods now are `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`.',
        ko: '`kubia-7nog1` 파드는 없어요. 컨트롤러가 만든 파드는 임의의 이름을 받고, 다시 만들어질 때마다 새 이름을 받아요. 지금 파드: `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`',
      },
      {
        // kubectl logs writes its NotFound in lower case: `error: error from server (NotFound): …`.
        line: 'kubectl logs kubia-7nog1',
        en: 'There is no pod `kubia-7nog1`. Pods made by a controller get random names, and new ones when they are recreated; the pods now are `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`.',
        ko: '`kubia-7nog1` 파드는 없어요. 컨트롤러가 만든 파드는 임의의 이름을 받고, 다시 만들어질 때마다 새 이름을 받아요. 지금 파드: `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`',
      },
      {
        // The controller's name is not a pod's: its pods are `kubia-` and five characters.
        line: 'kubectl logs kubia',
        en: 'There is no pod `kubia`. Pods made by a controller get random names, and new ones when they are recreated; the pods now are `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`.',
        ko: '`kubia` 파드는 없어요. 컨트롤러가 만든 파드는 임의의 이름을 받고, 다시 만들어질 때마다 새 이름을 받아요. 지금 파드: `kubia-f5cpb`, `kubia-pvldh`, `kubia-vbl4f`',
      },
    ],
  });
});
