// Narrow (40) and wide (200) terminals: every row the UI produces fits the width, Hangul
// included, so Ink never overflows a column and the terminal never wraps behind our back.
import React from 'react';
import { describe, expect, it } from 'vitest';
import { renderAt } from './render-at.js';
import stringWidth from 'string-width';
import { UiContext } from '../../src/ui/context.js';
import { uiT } from '../../src/ui/i18n.js';
import { ThemeContext, makeTheme } from '../../src/ui/theme/index.js';
import { TurnView } from '../../src/ui/components/TurnView.js';
import { statusText } from '../../src/ui/components/StatusLine.js';
import type { Item } from '../../src/ui/conversation.js';

const ko = '**서비스**는 동일한 서비스를 제공하는 파드 그룹에 지속적인 단일 접점을 만들려고 할 때 생성하는 리소스입니다. `kubectl expose rc kubia --type=LoadBalancer --name kubia-http`\n\n- 각 서비스는 서비스가 존재하는 동안 절대 바뀌지 않는 IP 주소와 포트가 있습니다.\n\n```\nkubectl get svc kubia -o jsonpath=\'{.spec.clusterIP}\'\n```';
const table = 'NAME         TYPE           CLUSTER-IP       EXTERNAL-IP   PORT(S)        AGE\nkubernetes   ClusterIP      10.96.0.1        <none>        443/TCP        34d\nkubia-http   LoadBalancer   10.111.249.153   <pending>     8080:31479/TCP 7s\n';

function frameAt(columns: number, item: Item): string[] {
  const { lastFrame, unmount } = renderAt(
    columns,
    <ThemeContext.Provider value={makeTheme({ mode: 'none' })}>
      <UiContext.Provider value={{ t: uiT('ko'), columns, rows: 30 }}>
        <TurnView item={item} />
      </UiContext.Provider>
    </ThemeContext.Provider>,
  );
  const rows = lastFrame().split('\n');
  unmount();
  return rows;
}

describe.each([40, 200])('at %i columns', (columns) => {
  it('wraps Korean tutor text within the width and keeps every word', () => {
    const rows = frameAt(columns, { id: 1, turn: { kind: 'tutor', markdown: ko } });
    for (const r of rows) expect(stringWidth(r)).toBeLessThanOrEqual(columns);
    const joined = rows.join(' ').replace(/\s+/g, ' ');
    expect(joined).toContain('서비스는 동일한');
    expect(joined).toContain('리소스입니다.');
    expect(rows.some((r) => r.includes("kubectl get svc kubia -o") || r.includes('kubectl get svc'))).toBe(true);
  });
  it('shows command output verbatim, wrapped like a terminal', () => {
    const rows = frameAt(columns, { id: 1, turn: { kind: 'output', stdout: table, stderr: '', exitCode: 0 } });
    for (const r of rows) expect(stringWidth(r)).toBeLessThanOrEqual(columns);
    if (columns === 200) expect(rows).toEqual(table.trimEnd().split('\n').map((l) => l.trimEnd()));
    else expect(rows.join('')).toContain('kubia-http   LoadBalancer   10.111.249.153   <pending>');
  });
  it('fits the status line', () => {
    const s = statusText({ lessonId: '01', lessonTitle: '서비스: 파드 그룹에 단일 접점 만들기', step: 3, total: 7, lang: 'ko', prompt: '$ ', sandbox: false }, uiT('ko') as any, ' · ', columns - 1);
    expect(stringWidth(s)).toBeLessThanOrEqual(columns - 1);
    expect(s).toContain('단계 3/7');
    if (columns === 200) expect(s).toContain('Ctrl-R');
  });
});

describe('a very long prompt line', () => {
  it('shows only the rows around the cursor, never more than the screen', async () => {
    const { Prompt } = await import('../../src/ui/components/Prompt.js');
    const { initialLineState, reduceLine } = await import('../../src/ui/line-editor/index.js');
    const line = reduceLine(initialLineState(), { type: 'insert', text: 'x'.repeat(2000) + 'END' });
    const { lastFrame, unmount } = renderAt(
      40,
      <ThemeContext.Provider value={makeTheme({ mode: 'none' })}>
        <UiContext.Provider value={{ t: uiT('en'), columns: 40, rows: 12 }}>
          <Prompt prompt="$ " line={line} rowOffset={0} active />
        </UiContext.Provider>
      </ThemeContext.Provider>,
    );
    const rows = lastFrame().split('\n');
    unmount();
    expect(rows.length).toBeLessThanOrEqual(7);
    expect(rows[rows.length - 1]).toContain('END');
  });
});
