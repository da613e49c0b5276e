import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { commandTypo } from './command-typo.js';

describe('command-typo', () => {
  testRule(commandTypo, {
    valid: [{ line: 'kubectl get pods' }, { line: 'kubectl expose rc kubia --name kubia-http --port 80 --target-port 8080' }],
    invalid: [
      {
        line: 'kubetcl get pods',
        en: 'There is no command `kubetcl` — did you mean `kubectl`?',
        ko: '`kubetcl` 명령은 없어요. 혹시 `kubectl` 아닌가요?',
      },
      {
        // kubectl's own suggestion names the verb meant.
        line: 'kubectl exposee rc kubia --type=LoadBalancer --name kubia-http',
        en: 'kubectl has no command `exposee` — did you mean `kubectl expose`?',
        ko: 'kubectl에는 `exposee` 명령이 없어요. 혹시 `kubectl expose` 아닌가요?',
      },
      {
        line: 'kubectl frobnicate pods',
        en: 'kubectl has no command `frobnicate`; `kubectl --help` lists its commands.',
        ko: 'kubectl에는 `frobnicate` 명령이 없어요. `kubectl --help`로 명령 목록을 볼 수 있어요.',
      },
    ],
  });
});
