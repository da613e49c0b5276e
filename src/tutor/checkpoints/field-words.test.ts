import { describe, expect, it } from 'vitest';
import { fieldInWords } from './field-words.js';

describe('fieldInWords', () => {
  it('says every path the shipped lessons check in words, the YAML key kept as written', () => {
    const ko = (p: string) => fieldInWords(p, 'ko');
    const en = (p: string) => fieldInWords(p, 'en');
    expect(ko('spec.ports[0].targetPort')).toBe('첫 번째 포트의 targetPort');
    expect(en('spec.ports[0].targetPort')).toBe('targetPort of the first port');
    expect(ko('spec.ports[name=http].port')).toBe('`http` 포트의 port');
    expect(en('spec.ports[name=http].port')).toBe('port of port `http`');
    expect(ko('spec.template.spec.containers[0].readinessProbe.exec.command[1]')).toBe('파드 템플릿의 첫 번째 컨테이너의 준비성 프로브의 두 번째 명령 인수');
    expect(en('spec.template.spec.containers[0].readinessProbe.exec.command[1]')).toBe('the second command argument of the readiness probe of the first container of the pod template');
    expect(ko('spec.selector.app')).toBe('셀렉터의 `app` 레이블');
    expect(en('spec.selector.app')).toBe('label `app` of the selector');
    expect(ko('spec.selector')).toBe('셀렉터');
    expect(ko('spec.type')).toBe('type');
    expect(ko('status.loadBalancer.ingress[0].ip')).toBe('로드밸런서의 첫 번째 주소 항목의 ip');
    expect(ko('spec.rules[host=foo.example.com].http.paths[0].backend.service.name')).toBe('`foo.example.com` 규칙의 첫 번째 경로 규칙의 백엔드의 서비스의 name');
    expect(en('spec.tls[0].hosts[0]')).toBe('the first host of the first TLS entry');
  });

  it('no sentence shows a raw path: no dotted path, no [index]', () => {
    const paths = ['spec.ports[0].nodePort', 'spec.rules[0].http.paths[0].backend.service.port.number', 'spec.template.spec.containers[0].ports[name=http].containerPort', 'spec.tls[0].secretName'];
    for (const lang of ['ko', 'en'] as const) for (const p of paths) expect(fieldInWords(p, lang), p).not.toMatch(/\w\.\w|\[\d+\]|\[\w+=/);
  });
});
