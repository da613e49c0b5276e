import { describe, expect, it } from 'vitest';
import { plainRequest } from './plain-request.js';

describe('plainRequest', () => {
  it('reads asking for a hint in words, in Korean and English', () => {
    for (const line of ['힌트', '힌트 주세요', '힌트 좀 주세요~', '힌트 줘', '힌트 부탁해요', 'hint', 'hint please', 'Hint please!', 'give me a hint', 'can I have a hint?', "I'm stuck"]) {
      expect(plainRequest(line), line).toBe('hint');
    }
  });

  it('reads asking for the answer and for moving on', () => {
    for (const line of ['정답 보여줘', '정답 보여주세요', '답 알려줘', 'show me the answer', 'solution', "what's the answer?"]) expect(plainRequest(line), line).toBe('solution');
    for (const line of ['다음', '다음 단계', '넘어가자', 'next', 'skip this step']) expect(plainRequest(line), line).toBe('next');
  });

  it('leaves shell lines and other sentences alone', () => {
    for (const line of ['help', 'echo 힌트', 'kubectl get pods', 'hint.sh', './hint', 'cat hint.txt', 'next=1', '다음 파드는 뭐야?', 'hinting', '힌트가 이상해요', '']) {
      expect(plainRequest(line), line).toBeUndefined();
    }
  });
});
