// Check items say what the learner's last command or request actually did — where a request
// ran, where it went, how it ended — instead of only that the wanted one is missing.
// (Seed 1: addresses and pod names are the simulation's own.)
import { describe, expect, it } from 'vitest';
import { POD, said, tutorAt } from '../diagnosis/at-step.js';
import type { Lang } from '../../../src/tutor/index.js';

const clusterIp = (svc: string) => `$(kubectl get svc ${svc} -o jsonpath='{.spec.clusterIP}')`;

/** The unmet lines of `/check` after the lines were typed at the step. */
async function unmetAfter(lesson: string, step: string, lines: string[], lang: Lang): Promise<string[]> {
  const t = await tutorAt(lesson, step, lang);
  for (const l of lines) await t.input(l);
  return said(await t.input('/check')).split('\n').filter((l) => l.startsWith('- ○ ')).map((l) => l.slice(4));
}

interface Case {
  lesson: string;
  step: string;
  lines: string[];
  en: string[];
  ko: string[];
}

const CASES: Case[] = [
  {
    // Both items fail for the one reason, and /check says it once.
    lesson: '02-testing-from-inside', step: 'exec-curl', lines: [`kubectl exec ${POD} -- curl -s http://${clusterIp('kubia')}:8080`],
    en: ["You ran curl from pod `kubia-f5cpb` to http://10.103.149.189:8080/: that is Service `kubia`'s address, but it has no port 8080 (its ports: 80), so the request was refused."],
    ko: ['파드 `kubia-f5cpb` 안에서 http://10.103.149.189:8080/ 주소로 curl 요청을 보냈어요. 서비스 `kubia`의 주소는 맞지만 8080번 포트가 없어서(있는 포트: 80) 연결이 거부되었어요.'],
  },
  {
    lesson: '02-testing-from-inside', step: 'exec-curl', lines: [`curl -s --connect-timeout 3 http://${clusterIp('kubia')}`],
    en: [
      "You ran curl from the laptop to http://10.103.149.189/: that is Service `kubia`'s cluster IP, which only answers inside the cluster, so it timed out. The task wants a curl from inside a pod to Service `kubia`.",
      "You ran curl from the laptop to http://10.103.149.189/: that is Service `kubia`'s cluster IP, which only answers inside the cluster, so it timed out. The task wants a curl to Service `kubia`.",
    ],
    ko: [
      '노트북에서 http://10.103.149.189/ 주소로 curl 요청을 보냈어요. 그 주소는 서비스 `kubia`의 클러스터 IP라서 클러스터 안에서만 응답하므로 시간이 초과되었어요. 과제는 파드 안에서 서비스 `kubia` 쪽으로 보낸 curl 요청이에요.',
      '노트북에서 http://10.103.149.189/ 주소로 curl 요청을 보냈어요. 그 주소는 서비스 `kubia`의 클러스터 IP라서 클러스터 안에서만 응답하므로 시간이 초과되었어요. 과제는 서비스 `kubia` 쪽으로 보낸 curl 요청이에요.',
    ],
  },
  {
    lesson: '02-testing-from-inside', step: 'swapped-fix', lines: [`kubectl exec ${POD} -- curl -s http://${clusterIp('kubia-swapped')}:8080`],
    en: [
      'Service `kubia-swapped`: port of the first port is 8080; the task wants 80.',
      'Service `kubia-swapped`: targetPort of the first port is 80; the task wants 8080.',
      'You ran curl from pod `kubia-f5cpb` to http://10.97.64.155:8080/: it reached pod `kubia-vbl4f` on port 80, where nothing listens, so the connection was refused.',
    ],
    ko: [
      '서비스 `kubia-swapped`: 첫 번째 포트의 port 값이 8080 상태예요. 과제에서 원하는 값은 80 입니다.',
      '서비스 `kubia-swapped`: 첫 번째 포트의 targetPort 값이 80 상태예요. 과제에서 원하는 값은 8080 입니다.',
      '파드 `kubia-f5cpb` 안에서 http://10.97.64.155:8080/ 주소로 curl 요청을 보냈어요. 요청이 파드 `kubia-vbl4f`의 80번 포트에 닿았지만 거기서 기다리는 프로그램이 없어서 연결이 거부되었어요.',
    ],
  },
  {
    // A request made before the fix says nothing of now: the learner is asked to send it again.
    lesson: '02-testing-from-inside', step: 'swapped-fix',
    lines: [`kubectl exec ${POD} -- curl -s http://${clusterIp('kubia-swapped')}:8080`, `kubectl patch svc kubia-swapped --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":8080}]'`],
    en: [
      'Service `kubia-swapped`: port of the first port is 8080; the task wants 80.',
      'You ran curl from pod `kubia-f5cpb` to http://10.97.64.155:8080/: it reached pod `kubia-vbl4f` on port 80, where nothing listens, so the connection was refused. That was before your last change to the cluster: send it again.',
    ],
    ko: [
      '서비스 `kubia-swapped`: 첫 번째 포트의 port 값이 8080 상태예요. 과제에서 원하는 값은 80 입니다.',
      '파드 `kubia-f5cpb` 안에서 http://10.97.64.155:8080/ 주소로 curl 요청을 보냈어요. 요청이 파드 `kubia-vbl4f`의 80번 포트에 닿았지만 거기서 기다리는 프로그램이 없어서 연결이 거부되었어요. 그건 클러스터를 바꾸기 전의 요청이에요. 다시 보내 보세요.',
    ],
  },
  {
    lesson: '08-externalname', step: 'host-header', lines: [`kubectl exec ${POD} -- curl -s http://external-service`],
    en: ['You ran curl from pod `kubia-f5cpb` to http://external-service/ and got HTTP 404; the task wants HTTP 200.'],
    ko: ['파드 `kubia-f5cpb` 안에서 http://external-service/ 주소로 curl 요청을 보내 HTTP 404 응답을 받았어요. 과제는 HTTP 200 응답이에요.'],
  },
  {
    lesson: '10-loadbalancer', step: 'wrong-port', lines: [`curl -s --connect-timeout 3 http://$(kubectl get svc kubia-http -o jsonpath='{.status.loadBalancer.ingress[0].ip}')`],
    en: ["You ran curl from the laptop to http://130.211.166.219/: that is Service `kubia-http`'s address, but it has no port 80 (its ports: 8080), so the request timed out."],
    ko: ['노트북에서 http://130.211.166.219/ 주소로 curl 요청을 보냈어요. 서비스 `kubia-http`의 주소는 맞지만 80번 포트가 없어서(있는 포트: 8080) 시간이 초과되었어요.'],
  },
  {
    // A step that wants to see an error: a command that succeeded is named, and so is the error wanted.
    lesson: '02-testing-from-inside', step: 'book-name', lines: ['kubectl get pods'],
    en: [
      'This step still wants you to run `kubectl exec kubia-7nog1`.',
      'The command you just ran, `kubectl get pods`, succeeded; this step wants to see the error the task describes (exit code 1).',
    ],
    ko: [
      '이 단계에서 `kubectl exec kubia-7nog1` 명령을 아직 실행하지 않았어요.',
      '방금 실행한 `kubectl get pods` 명령은 성공했어요. 이 단계에서는 과제에서 말한 오류를 봐야 해요(종료 코드 1).',
    ],
  },
];

describe('check items say what the last request or command did', () => {
  for (const c of CASES) {
    for (const lang of ['en', 'ko'] as const) {
      it(`${c.lesson}/${c.step} (${lang}): ${c.lines[0].slice(0, 60)}`, { timeout: 60_000 }, async () => {
        expect(await unmetAfter(c.lesson, c.step, c.lines, lang)).toEqual(c[lang]);
      });
    }
  }
});
