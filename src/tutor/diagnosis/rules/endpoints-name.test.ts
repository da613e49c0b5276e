import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { endpointsName } from './endpoints-name.js';
import type { Predicate } from '../../schema.js';

// A Service without a selector, as in the document: no Endpoints are made for it.
const SERVICE = 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: external-service\nspec:\n  ports:\n  - port: 80\nEOF';
const endpoints = (name: string) =>
  `kubectl apply -f - <<EOF\napiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets:\n- addresses:\n  - ip: 11.11.11.11\n  ports:\n  - port: 80\nEOF`;

describe('endpoints-name', () => {
  const check: Predicate = { id: 'two', endpoints: { service: 'external-service', ready: 2 } };
  testRule(endpointsName, {
    valid: [
      { setup: [SERVICE], line: endpoints('external-service'), check },
      // Outside a task that names a Service, nothing to compare with.
      { setup: [SERVICE], line: endpoints('external-svc') },
    ],
    invalid: [
      {
        setup: [SERVICE],
        line: endpoints('external-svc'),
        check,
        en: 'The Endpoints `external-svc` were created, but no Service has that name: a Service uses only the Endpoints object of its own name. Give them the Service\'s name: `external-service`.',
        ko: '`external-svc` 엔드포인트 오브젝트가 만들어졌지만 이름이 같은 서비스가 없어요. 서비스는 자기와 이름이 같은 엔드포인트 오브젝트만 쓰므로, 엔드포인트 이름을 서비스 이름과 똑같이 맞춰야 해요: `external-service`',
      },
    ],
  });
});
