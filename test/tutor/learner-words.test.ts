// A beginner at the prompt, through `kubetour play`: what they type in plain words and the
// mistakes they make read as the tutor's replies in their language, never as a shell error.
import { describe, expect, it } from 'vitest';
import type { PassThrough } from 'node:stream';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memIO } from './mem-io.js';
import { runPlayCli } from '../../src/ui/play/play-cli.js';

async function play(lines: string[], args: string[]): Promise<string> {
  const m = memIO();
  (m.io.stdin as PassThrough).end(lines.map((l) => `${l}\n`).join(''));
  const dir = mkdtempSync(join(tmpdir(), 'kubetour-words-'));
  expect(await runPlayCli([...args, '--progress-dir', dir, '--seed', '1'], m.io)).toBe(0);
  return m.out();
}

describe('plain words at the prompt', () => {
  it('"힌트 주세요" gives a hint, "정답 보여줘" offers the solution, "다음" explains /next (Korean)', async () => {
    const out = await play(['힌트 주세요', '정답 보여줘', 'n', '다음'], ['--lesson', '02-testing-from-inside', '--lang', 'ko']);
    expect(out).not.toContain('command not found');
    expect(out).toMatch(/\$ 힌트 주세요\n\n힌트 1\/\d+\n/);
    expect(out).toMatch(/\$ 정답 보여줘\n\n정답을 볼까요\? \(y\/n\)/);
    expect(out).toMatch(/\$ 다음\n\n튜터: 이 단계를 건너뛰려면 \/next를 입력하세요/);
    // Nothing was skipped: the step's task is still the book's example.
    expect(out).not.toContain('건너뛰었습니다');
  });

  it('"hint please" gives a hint and "next" at a lesson\'s end goes on (English)', async () => {
    const out = await play(['hint please', '/next', 'next'], ['--lesson', '02-testing-from-inside', '--step', '10', '--lang', 'en']);
    expect(out).not.toContain('command not found');
    expect(out).toMatch(/\$ hint please\n\n(Hint 1 of \d+|Tutor: There is no hint for this step\.)\n/);
    expect(out).toMatch(/\$ next\n\nTutor: Lesson 3:/);
  });
});

describe('what the tutor says around a step that shows an error (lesson 2)', () => {
  it('the book\'s pod error is met with "that error was the task", once, without trivia', async () => {
    const out = await play(['kubectl exec kubia-7nog1 -- curl -s http://10.111.249.153'], ['--lesson', '02-testing-from-inside', '--lang', 'ko']);
    expect(out).not.toContain('해 보세요: 문서의 예시는 이렇습니다:');
    expect(out).toContain('not found\n\n✓ 바로 이 오류를 보는 것이 이 단계의 과제였어요.\n');
    expect(out).not.toContain('✓ 완료!');
    // The error is on the screen already; the explanation doesn't quote it again.
    expect(out.split('pods "kubia-7nog1" not found').length).toBe(2);
    expect(out).not.toContain('모음과 0, 1, 3');
    // The next task says what to look at, not a rule about the last command.
    expect(out).not.toContain('마지막 명령이');
    expect(out).toContain('CLUSTER-IP 열을 보세요');
  });

  it('an ordinary step still ends with a plain "done" (English)', async () => {
    const out = await play(['kubectl exec kubia-7nog1 -- curl -s http://10.111.249.153', 'kubectl get pods', 'kubectl get svc kubia'], ['--lesson', '02-testing-from-inside', '--lang', 'en']);
    expect(out).toContain('not found\n\n✓ That error is what this step wanted you to see.\n');
    expect(out).toMatch(/kubia +ClusterIP .*\n\n✓ Done!/);
    expect(out).not.toContain('must come last');
  });
});

describe("a step's start that could not be set up", () => {
  const args = (lang: string) => ['--lessons', join(import.meta.dirname, 'fixtures/setup-problem'), '--lesson', '01-replay-fails', '--step', '2', '--lang', lang];

  it('is said in Korean, naming the step by number, the command and its error — no check id', async () => {
    const out = await play([], args('ko'));
    expect(out).toContain('준비 명령 kubectl get svc nope 실행이 실패했습니다(종료 코드 1). 오류: Error from server (NotFound): services "nope" not found');
    expect(out).toContain('1단계의 풀이를 다시 실행했지만 그 단계가 바라던 클러스터 상태가 되지 않았습니다. 실패한 명령은 kubectl expose rc nosuch --name web --port 80(종료 코드 1)');
    expect(out).not.toMatch(/start\.commands|exited|unmet|web-exists|make-svc/);
  });

  it('and in English', async () => {
    const out = await play([], args('en'));
    expect(out).toContain("Step 1's solution was replayed, but the cluster did not end up as that step wants.");
    expect(out).not.toMatch(/start\.commands|unmet|web-exists|make-svc/);
  });
});

describe('progress says what is left', () => {
  it('names what was done, then the command still to run (English) and the text the output lacks (Korean)', async () => {
    const en = await play(['kubectl create -f external-service.yaml'], ['--lesson', '07-endpoints-manual', '--step', 'selectorless', '--lang', 'en']);
    expect(en).toContain('✓ Service external-service exists. Service external-service: the selector is not set, as the task asks. One thing is left: this step still wants you to run kubectl get endpoints external-service.');
    const ko = await play(['kubectl get svc kubia'], ['--lesson', '03-session-affinity', '--step', 'current', '--lang', 'ko']);
    expect(ko).toContain('✓ kubectl get svc kubia 명령을 실행했어요. 이제 하나 남았어요: 방금 실행한 kubectl get svc kubia 명령의 출력에 None 내용이 보이지 않아요.');
  });
});

describe('/check counts what it lists', () => {
  it('one cause failing both items is one line, under a title without "0 of 2" (English and Korean)', async () => {
    const en = await play(['curl -s http://192.168.99.100:30123', '/check'], ['--lesson', '09-nodeport', '--step', 'curl-node', '--lang', 'en']);
    expect(en).toContain("This step's check — not done yet:\n\n- ○ You ran curl from the laptop to http://192.168.99.100:30123/");
    expect(en).not.toContain('0 of 2');
    const ko = await play(['curl -s http://192.168.99.100:30123', '/check'], ['--lesson', '09-nodeport', '--step', 'curl-node', '--lang', 'ko']);
    expect(ko).toContain('이 단계의 확인 항목 — 아직 안 됐어요:\n\n- ○ ');
    expect(ko).not.toContain('2개 중 0개');
  });
});

describe('a certificate for another name', () => {
  it('names the name the certificate has and the host wanted (lesson 13)', async () => {
    const line = "openssl req -new -x509 -key tls.key -out tls.cert -days 360 -subj '/CN=kubia.example.co'";
    const en = await play([line, '/check'], ['--lesson', '13-ingress-tls', '--step', 'cert', '--lang', 'en']);
    expect(en).toContain('✓ The file /home/learner/tls.cert on the laptop holds a certificate (PEM). One thing is left: the certificate in /home/learner/tls.cert on the laptop is for kubia.example.co, not for kubia.example.com');
    expect(en).toContain("This step's check — 1 of 2 done:");
    const ko = await play([line], ['--lesson', '13-ingress-tls', '--step', 'cert', '--lang', 'ko']);
    expect(ko).toContain('/home/learner/tls.cert 파일(노트북)의 인증서는 kubia.example.co 이름의 인증서라서 kubia.example.com 호스트에는 맞지 않아요.');
  });
});

describe('a quiz is not lost under other lines', () => {
  it('after a command, a question or Enter, the tutor says the quiz still waits (English and Korean)', async () => {
    const lines = ['kubectl delete pods --all', 'what is a selector?', '', '2'];
    const en = await play(lines, ['--lesson', '05-env-discovery', '--step', 'why-missing', '--lang', 'en']);
    expect(en.split('The quiz above is still waiting for your answer: type a number from 1 to 3.').length - 1).toBe(3);
    expect(en).toContain('Right!');
    const ko = await play(['kubectl delete pods -all'], ['--lesson', '05-env-discovery', '--step', 'why-missing', '--lang', 'ko']);
    // A mistake made at a quiz is still named.
    expect(ko).toContain('긴 플래그는 대시 두 개로 써요: --all');
    expect(ko).toContain('위의 퀴즈가 아직 답을 기다리고 있어요. 1부터 3 사이의 번호로 답하세요.');
  });
});

describe('"why?" after a line, and the hint after a named mistake', () => {
  it('a bare "why?" answers about the last line and what the step still waits for, not a guess from another lesson', async () => {
    const en = await play(['curl http://kubia.default', 'why?'], ['--lesson', '06-dns-discovery', '--step', 'short-names', '--lang', 'en']);
    expect(en).toContain('Your last command, curl http://kubia.default, ended without an error.');
    expect(en).toContain('What this step is still waiting for: The task wants kubia looked up with curl from inside a pod');
    expect(en).not.toContain("I don't know that one");
    expect(en).not.toMatch(/from the questions of lesson/);
  });

  it('after a wrong port, the first hint is about the port (Korean)', async () => {
    const ko = await play(['curl http://kubia.default.svc.cluster.local:8080', '/hint'], ['--lesson', '06-dns-discovery', '--step', 'fqdn', '--lang', 'ko']);
    expect(ko).toMatch(/힌트 1\/\d+\n서비스 kubia는 포트 80에서 받아 파드의 8080으로 넘겨요/);
  });
});
