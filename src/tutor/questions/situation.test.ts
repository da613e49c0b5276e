import { describe, expect, it } from 'vitest';
import { describeLast, errorLine } from './situation.js';

const METER = [
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
  '                                 Dload  Upload   Total   Spent    Left  Speed',
  '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (7) Failed to connect to 10.103.149.189 port 8080: Connection refused',
  'command terminated with exit code 7',
  '',
].join('\n');

describe('errorLine', () => {
  it("quotes curl's error without the progress meter glued in front of it", () => {
    const last = { input: 'kubectl exec kubia-x -- curl http://10.103.149.189:8080', exitCode: 7, stdout: '', stderr: METER };
    expect(errorLine(last)).toBe('curl: (7) Failed to connect to 10.103.149.189 port 8080: Connection refused');
    expect(describeLast(last, 'ko')).not.toMatch(/--:--|% Total|0curl/);
    expect(describeLast(last, 'en')).toContain('curl: (7) Failed to connect to 10.103.149.189 port 8080');
  });

  it('keeps other lines as they are', () => {
    expect(errorLine({ input: 'kubectl get svc nope', exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): services "nope" not found\n' })).toBe(
      'Error from server (NotFound): services "nope" not found',
    );
  });
});
