import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { missingToolRule } from './missing-tool.js';

describe('missing-tool', () => {
  testRule(missingToolRule, {
    valid: [
      // curl is in the kubia image: nothing is missing.
      { line: 'kubectl exec kubia-f5cpb -- curl -s http://kubia' },
      // A typo is command-typo's; kubectl in a pod is wrong-place's.
      { setup: ['kubectl exec -it kubia-f5cpb -- bash'], line: 'crul http://kubia' },
      { setup: ['kubectl exec -it kubia-f5cpb -- bash'], line: 'kubectl get pods' },
    ],
    invalid: [
      {
        setup: ['kubectl exec -it kubia-f5cpb -- bash'],
        line: 'nslookup kubia',
        en: "This container (pod `kubia-f5cpb`, image `luksa/kubia`) has no `nslookup`. It has `cat` and `curl`: `cat /etc/resolv.conf` shows the DNS server and search domains the pod uses, and `curl -s http://kubia` shows whether the name resolves (curl exits with code 6 when it doesn't). For `nslookup` itself, go back to the laptop (`exit`) and start a pod from an image that has it: `kubectl run dnsutils --image=tutum/dnsutils --command -- sleep infinity`, then `kubectl exec dnsutils -- nslookup kubia`.",
        ko: '이 컨테이너(파드 `kubia-f5cpb`, 이미지 `luksa/kubia`)에는 `nslookup` 명령이 없어요. 대신 `cat`과 `curl`이 있어요: `cat /etc/resolv.conf` 명령은 파드가 쓰는 DNS 서버와 검색 도메인을 보여 주고, `curl -s http://kubia` 명령은 그 이름이 풀리는지 보여 줘요(안 풀리면 종료 코드 6). `nslookup` 명령 자체를 쓰려면 노트북으로 돌아가서(`exit`) 그 도구가 있는 이미지로 파드를 만드세요: `kubectl run dnsutils --image=tutum/dnsutils --command -- sleep infinity` 다음에 `kubectl exec dnsutils -- nslookup kubia`',
      },
      {
        // With a pod that has the tool, the learner is sent there.
        setup: ['kubectl run dnsutils --image=tutum/dnsutils --command -- sleep infinity'],
        wait: 30,
        line: 'kubectl exec kubia-f5cpb -- dig kubia.default',
        en: "The container of pod `kubia-f5cpb` (image `luksa/kubia`) has no `dig`. It has `cat` and `curl`: `kubectl exec kubia-f5cpb -- cat /etc/resolv.conf` shows the DNS server and search domains the pod uses, and `kubectl exec kubia-f5cpb -- curl -s http://kubia.default` shows whether the name resolves (exit code 6 when it doesn't). Pod `dnsutils` has `dig`: `kubectl exec dnsutils -- dig kubia.default`.",
        ko: '파드 `kubia-f5cpb`의 컨테이너(이미지 `luksa/kubia`)에는 `dig` 명령이 없어요. 대신 `cat`과 `curl`이 있어요: `kubectl exec kubia-f5cpb -- cat /etc/resolv.conf` 명령은 파드가 쓰는 DNS 서버와 검색 도메인을 보여 주고, `kubectl exec kubia-f5cpb -- curl -s http://kubia.default` 명령은 그 이름이 풀리는지 보여 줘요(안 풀리면 종료 코드 6). 파드 `dnsutils` 안에는 `dig` 명령이 있어요: `kubectl exec dnsutils -- dig kubia.default`',
      },
      {
        line: 'kubectl exec kubia-f5cpb -- vi app.js',
        en: 'The container of pod `kubia-f5cpb` (image `luksa/kubia`) has no `vi`: an image carries only what its app needs. Among what this one has: `curl`, `wget`, `cat`, `ls`, `env`, `ps`, `hostname`, `ping`.',
        ko: '파드 `kubia-f5cpb`의 컨테이너(이미지 `luksa/kubia`)에는 `vi` 명령이 없어요. 이미지에는 앱에 필요한 것만 들어 있어요. 이 이미지에 있는 명령 가운데 몇 가지: `curl`, `wget`, `cat`, `ls`, `env`, `ps`, `hostname`, `ping`',
      },
    ],
  });
});
