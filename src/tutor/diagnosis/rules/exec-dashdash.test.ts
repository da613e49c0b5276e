import { describe } from 'vitest';
import { testRule } from '../rule-tester.js';
import { execDashDash } from './exec-dashdash.js';

describe('exec-no-dashdash', () => {
  testRule(execDashDash, {
    valid: [
      { line: 'kubectl exec kubia-f5cpb -- curl -s http://10.103.149.189' },
      // No option after the pod: kubectl ran curl as typed (deprecated form), and the refused
      // port 8080 is the mistake, not the missing `--`.
      { line: 'kubectl exec kubia-f5cpb curl http://10.103.149.189:8080' },
    ],
    invalid: [
      {
        line: 'kubectl exec kubia-f5cpb curl -s http://10.103.149.189',
        en: "Without `--`, kubectl read curl's `-s` as its own `-s` (`--server`) and tried to reach an API server at that URL — curl never ran. Put `--` between the pod and the command: `kubectl exec kubia-f5cpb -- curl -s http://10.103.149.189`",
        ko: '`--`가 없어서 kubectl이 curl의 `-s`를 자기 옵션 `-s`(`--server`)로 읽고 그 URL의 API 서버에 접속하려 했어요. curl은 실행되지도 않았어요. 파드 이름과 명령 사이에 `--`를 넣으세요: `kubectl exec kubia-f5cpb -- curl -s http://10.103.149.189`',
      },
    ],
  });
});
