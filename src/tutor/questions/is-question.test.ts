import { describe, expect, it } from 'vitest';
import { isQuestion } from './is-question.js';

describe('isQuestion', () => {
  const questions = [
    'what is a selector?',
    'what is the double dash for?',
    'why did my curl time out?',
    '셀렉터가 뭐야?',
    'NodePort랑 LoadBalancer 차이가 뭐야?',
    'kubectl exec는 뭐야?',
    'kubectl get svc kubia-http이 뭐예요?',
    '라이브니스 프로브랑 뭐가 달라？',
    '? selector',
    'which port does kubia use?',
    'help?',
    'time to move on?',
    'test the service how?',
    'kill a pod?',
    'is kubia ready?',
    '/etc/hosts 파일은 어떻게 수정해요?',
    './run.sh는 뭐예요?',
  ];
  const shellLines = [
    'echo $?',
    'echo "exit code: $?"',
    'ls -l ?.yaml',
    'kubectl get svc kubia?',
    'kubectl get pods kubia-?????',
    'cat kubia-svc.yaml?',
    'curl -s http://kubia?',
    'echo 안녕?',
    '/bin/echo 안녕?',
    '/usr/bin/ls ?.yaml',
    'find . -name kubia-svc.yaml?',
    'which kubectl || echo missing?',
    'A=1 echo $A?',
    'test -f /var/ready?',
    'kubectl get svc',
    'ls ?.yaml',
  ];
  for (const q of questions) it(`question: ${q}`, () => expect(isQuestion(q)).toBe(true));
  for (const l of shellLines) it(`shell line: ${l}`, () => expect(isQuestion(l)).toBe(false));
});
