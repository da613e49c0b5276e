import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { requiredField } from './required-field.js';

const ingress = (pathType: string) => `kubectl apply -f - <<EOF
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: kubia
spec:
  rules:
  - host: kubia.example.com
    http:
      paths:
      - path: /${pathType}
        backend:
          service:
            name: kubia
            port:
              number: 80
EOF`;

describe('required-field', () => {
  testRule(requiredField, {
    valid: [
      { line: ingress('\n        pathType: Prefix') },
      { line: 'kubectl create service clusterip bad_name --tcp=80:8080' },
      // A missing name beside a port out of range: not only missing fields, so not this rule's to name.
      { line: 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - targetPort: 8080\n  - targetPort: 8443\nEOF' },
    ],
    invalid: [
      {
        line: ingress(''),
        en: 'The API server did not create Ingress `kubia`: it needs `spec.rules[0].http.paths[0].pathType`, which the manifest does not set. `kubectl explain ingresses.spec.rules.http.paths.pathType` says what it takes.',
        ko: 'API 서버가 인그레스 `kubia` 객체를 만들지 않았어요. 꼭 필요한 `spec.rules[0].http.paths[0].pathType` 필드가 매니페스트에 없어요. 쓸 수 있는 값은 `kubectl explain ingresses.spec.rules.http.paths.pathType` 명령으로 볼 수 있어요.',
      },
      {
        line: 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - port: 80\n  - port: 443\nEOF',
        en: 'The API server did not create Service `x`: it needs fields the manifest does not set: `spec.ports[0].name`, `spec.ports[1].name`. `kubectl explain services.spec.ports.name` says what the first takes.',
        ko: 'API 서버가 서비스 `x` 객체를 만들지 않았어요. 꼭 필요한 필드가 매니페스트에 없어요: `spec.ports[0].name`, `spec.ports[1].name`. 첫 번째 필드에 쓸 수 있는 값은 `kubectl explain services.spec.ports.name` 명령으로 볼 수 있어요.',
      },
    ],
  });
});
