import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { unknownField } from './unknown-field.js';

const svc = (field: string) => `kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: kubia-all
spec:
  ${field}: true
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: kubia
EOF`;

describe('unknown-field', () => {
  testRule(unknownField, {
    valid: [{ line: svc('publishNotReadyAddresses') }],
    invalid: [
      {
        // The book's name: not a typo, but the same long start as the real field.
        line: svc('publishNotReadyEndpoints'),
        en: "The API server doesn't know the field `spec.publishNotReadyEndpoints` — did you mean `spec.publishNotReadyAddresses`?",
        ko: 'API 서버는 `spec.publishNotReadyEndpoints` 필드를 몰라요. 혹시 `spec.publishNotReadyAddresses` 아닌가요?',
      },
      {
        line: svc('banana'),
        en: "The API server doesn't know the field `spec.banana`. `kubectl explain service.spec` lists the fields that may go there.",
        ko: 'API 서버는 `spec.banana` 필드를 몰라요. 그 자리에 쓸 수 있는 필드는 `kubectl explain service.spec` 명령으로 볼 수 있어요.',
      },
    ],
  });
});
