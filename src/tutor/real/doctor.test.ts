import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDoctorCli } from './doctor.js';

async function doctor(argv: string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (to: string[]) => Object.assign(new PassThrough(), { write: (s: string) => (to.push(s), true) });
  const code = await runDoctorCli(argv, { stdin: new PassThrough(), stdout: sink(out), stderr: sink(err), env });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('kubetour doctor', () => {
  it('asks which cluster in the language of LANG', async () => {
    const ko = await doctor([], { LANG: 'ko_KR.UTF-8' });
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain('어느 클러스터인가요?');
    const en = await doctor([], { LANG: 'C' });
    expect(en.stderr).toContain('which cluster?');
  });

  it('--lang wins over LANG, also for a kubectl that does not run', async () => {
    const r = await doctor(['--cluster', 'kind-kind', '--kubectl', '/nonexistent/kubectl', '--lang', 'ko'], { LANG: 'C', PATH: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('실패  kubectl 실행 파일이 실행되지 않습니다: /nonexistent/kubectl');
    expect(r.stdout).toContain('문제 1개');
    expect(r.stdout).not.toMatch(/does not run|problem/);
  });
});
