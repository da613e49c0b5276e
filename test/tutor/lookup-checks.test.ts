// `request: { lookup }` checks through the real shell: lesson 08's nslookup step judges which
// name was looked up, from where, and whether DNS answered, not the command's text.
import { describe, expect, it } from 'vitest';
import { said, tutorAt } from './diagnosis/at-step.js';

describe('DNS look-up checks in a lesson', () => {
  it('/check names the last look-up (the laptop, no such name) in both languages; the pod look-up passes', { timeout: 60_000 }, async () => {
    const en = await tutorAt('08-externalname', 'nslookup', 'en');
    await en.input('nslookup external-service');
    expect(said(await en.input('/check'))).toContain(
      '○ The task wants `external-service` looked up with `nslookup` from inside a pod and answered; that hasn\'t happened in this step yet. Your last look-up asked for `external-service` with `nslookup` from the laptop and DNS found no such name.',
    );
    // Output text does not matter: grep keeps nothing of nslookup's output, the look-up still happened.
    const ok = await en.input('kubectl exec dnsutils -- nslookup external-service | grep -c nothing-matches');
    expect(ok.map((x) => x.kind)).toContain('success');

    const ko = await tutorAt('08-externalname', 'nslookup', 'ko');
    await ko.input('kubectl exec dnsutils -- nslookup kubernetes');
    expect(said(await ko.input('/check'))).toContain(
      '○ 과제는 파드 안에서 `nslookup` 명령으로 `external-service` 이름을 조회해 답을 받는 거예요. 이 단계에서는 아직 없어요. 마지막 조회는 파드 `dnsutils` 안에서 `nslookup` 명령으로 `kubernetes` 이름을 물었고 답을 받았어요.',
    );
  });
});
