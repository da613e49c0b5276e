import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { unknownFlag } from './unknown-flag.js';

describe('unknown-flag', () => {
  testRule(unknownFlag, {
    valid: [{ line: 'kubectl get pods --show-labels' }],
    invalid: [
      {
        line: 'kubectl get pods --show-label',
        en: 'kubectl has no flag `--show-label` — did you mean `--show-labels`?',
        ko: 'kubectl에는 `--show-label` 플래그가 없어요. 혹시 `--show-labels` 아닌가요?',
      },
      {
        // One dash: kubectl reads -a -l -l and stops at the first letter it lacks.
        line: 'kubectl delete pods -all',
        en: 'With one dash, kubectl reads `-all` as one-letter flags, and it has no `-a`. A long flag takes two dashes: `--all`.',
        ko: '대시가 하나면 kubectl은 `-all` 옵션을 한 글자 플래그 여러 개로 읽는데, `-a` 플래그는 없어요. 긴 플래그는 대시 두 개로 써요: `--all`',
      },
    ],
  });
});
