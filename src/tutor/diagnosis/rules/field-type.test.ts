import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { fieldType } from './field-type.js';

const apply = (body: string) => `kubectl apply -f - <<EOF\n${body}\nEOF`;
const ingress = (port: string) =>
  apply(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: kubia
spec:
  rules:
  - host: kubia.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: kubia
            port:${port}`);
const service = (spec: string) => apply(`apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n${spec}`);

describe('field-type', () => {
  testRule(fieldType, {
    valid: [{ line: ingress('\n              number: 80') }, { line: service('  ports:\n  - port: 80') }],
    invalid: [
      {
        // The book's v1beta1 `servicePort: 80`, carried into v1 as `port: 80`.
        line: ingress(' 80'),
        en: '`spec.rules.http.paths.backend.service.port` takes an object with `number:` (such as `number: 80`) or `name:` under it, but the manifest gives it the number `80`. `kubectl explain ingress.spec.rules.http.paths.backend.service.port` describes the field.',
        ko: '`spec.rules.http.paths.backend.service.port` 필드의 값은 그 아래에 `number:`(예: `number: 80`)나 `name:`을 둔 객체 형식이어야 하는데, 매니페스트에는 숫자 `80` 값이 있어요. 이 필드의 설명은 `kubectl explain ingress.spec.rules.http.paths.backend.service.port` 명령으로 볼 수 있어요.',
      },
      {
        line: service('  ports:\n    port: 80'),
        en: '`spec.ports` takes a list (entries that start with `-`), but the manifest gives it an object. `kubectl explain service.spec.ports` describes the field.',
        ko: '`spec.ports` 필드의 값은 목록(`-`로 시작하는 항목들) 형식이어야 하는데, 매니페스트에는 객체 값이 있어요. 이 필드의 설명은 `kubectl explain service.spec.ports` 명령으로 볼 수 있어요.',
      },
      {
        line: service('  selector: app=kubia\n  ports:\n  - port: 80'),
        en: '`spec.selector` takes a map (`key: value` lines indented under it), but the manifest gives it text. `kubectl explain service.spec.selector` describes the field.',
        ko: '`spec.selector` 필드의 값은 맵(그 아래에 들여 쓴 `키: 값` 줄들) 형식이어야 하는데, 매니페스트에는 문자열 값이 있어요. 이 필드의 설명은 `kubectl explain service.spec.selector` 명령으로 볼 수 있어요.',
      },
      {
        line: service('  ports:\n  - port: "80"'),
        en: '`spec.ports.port` takes a whole number, but the manifest gives it text. `kubectl explain service.spec.ports.port` describes the field.',
        ko: '`spec.ports.port` 필드의 값은 정수 형식이어야 하는데, 매니페스트에는 문자열 값이 있어요. 이 필드의 설명은 `kubectl explain service.spec.ports.port` 명령으로 볼 수 있어요.',
      },
      {
        line: service('  ports:\n  - port: 80\n    targetPort: [8080]'),
        en: 'A value in the manifest should be a port number or a port name, but it is a list. `kubectl explain service` describes the fields.',
        ko: '매니페스트의 한 값은 포트 번호나 포트 이름 형식이어야 하는데, 목록 값이 있어요. 필드의 설명은 `kubectl explain service` 명령으로 볼 수 있어요.',
      },
    ],
  });
});
