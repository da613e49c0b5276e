import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { invalidValue } from './invalid-value.js';

describe('invalid-value', () => {
  testRule(invalidValue, {
    valid: [{ line: 'kubectl expose rc kubia --port=80 --target-port=8080 --name=kubia-http' }, { line: 'kubectl create service nodeport np --tcp=80:8080 --node-port=30200' }],
    invalid: [
      {
        line: 'kubectl expose rc kubia --port=80 --target-port=8080 --name=kubia_http',
        en: "`kubia_http` can't be the name of a Service: its names hold only lower-case letters, digits and `-`, start with a letter and end with a letter or digit. Try `kubia-http`.",
        ko: '`kubia_http` 이름은 서비스 이름으로 쓸 수 없어요. 이름에는 영문 소문자, 숫자, `-`만 쓸 수 있고, 영문자로 시작해 영문자나 숫자로 끝나야 해요. `kubia-http` 이름을 써 보세요.',
      },
      {
        line: 'kubectl run Foo --image=luksa/kubia',
        en: "`Foo` can't be the name of a Pod: its names hold only lower-case letters, digits, `-` and `.`, and start and end with a letter or digit. Try `foo`.",
        ko: '`Foo` 이름은 파드 이름으로 쓸 수 없어요. 이름에는 영문 소문자, 숫자, `-`, `.`만 쓸 수 있고, 영문자나 숫자로 시작하고 끝나야 해요. `foo` 이름을 써 보세요.',
      },
      {
        line: 'kubectl expose rc kubia --port=80 --target-port=80800',
        en: '`80800` is not a port number: `spec.ports[0].targetPort` takes 1 to 65535. The API server did not create Service `kubia`.',
        ko: '`80800` 값은 포트 번호가 아니에요. `spec.ports[0].targetPort` 필드에는 1부터 65535까지 쓸 수 있어요. API 서버가 서비스 `kubia` 객체를 만들지 않았어요.',
      },
      {
        line: 'kubectl create service nodeport np --tcp=80:8080 --node-port=20000',
        en: '`20000` is outside the node-port range: `spec.ports[0].nodePort` takes 30000 to 32767 (or leave it out and Kubernetes picks a free one). The API server did not create Service `np`.',
        ko: '`20000` 값은 노드 포트 범위 밖이에요. `spec.ports[0].nodePort` 필드에는 30000부터 32767까지 쓸 수 있어요(비워 두면 쿠버네티스가 빈 포트를 골라요). API 서버가 서비스 `np` 객체를 만들지 않았어요.',
      },
    ],
  });
});
