import { describe, it, expect } from 'vitest';
import { tableRows, tableTabs, describeTabs, tabwrite, tabwriteRows } from './tabwriter.js';

describe('Go tabwriter port', () => {
  it('pads each column to its widest cell + 3 and never pads the last column', () => {
    expect(tableTabs('NAME\tAGE\nkubia-long\t5m\n')).toBe('NAME         AGE\nkubia-long   5m\n');
  });

  it('pads an empty cell too (a blank ADDRESS leaves a gap)', () => {
    expect(tableTabs('A\tADDRESS\tB\nx\t\ty\n')).toBe('A     ADDRESS   B\nx               y\n');
  });

  it('uses minwidth 6 for tables', () => expect(tableTabs('A\tB\n')).toBe('A     B\n'));

  it('aligns describe blocks to the longest label + 2; a line without a tab ends the block', () => {
    expect(describeTabs('Name:\tkubia\nIP Family Policy:\tSingleStack\nRules:\nAnnotations:\t<none>\n')).toBe(
      'Name:              kubia\nIP Family Policy:  SingleStack\nRules:\nAnnotations:  <none>\n',
    );
  });

  it('RememberWidths keeps columns from shrinking across -w batches', () => {
    const widths: number[] = [];
    expect(tableTabs('NAME\tAGE\nkubia-long-name\t5m\n', widths)).toBe('NAME              AGE\nkubia-long-name   5m\n');
    expect(tableTabs('x\t6m\n', widths)).toBe('x                 6m\n');
  });
});

describe('tabwriteRows', () => {
  const rows = [
    ['NAME', 'READY', 'STATUS'],
    ['kubia-4jfyf', '1/1', 'Running'],
    ['한글-이름', '', 'x'],
    ['a😀b', 'tab\there', 'two\nlines'],
  ];
  const asText = (rs: string[][]) => rs.map((r) => r.join('\t') + '\n').join('');

  it('lays out rows of cells as the same text joined with tabs and newlines would be', () => {
    for (let n = 1; n <= rows.length; n++) {
      const some = rows.slice(0, n);
      expect(tabwriteRows(some, { minWidth: 6, padding: 3 })).toBe(tabwrite(asText(some), { minWidth: 6, padding: 3 }));
      expect(tableRows(some)).toBe(tableTabs(asText(some)));
    }
  });

  it('counts code points, as Go counts runes (a surrogate pair is one)', () => {
    expect(tableRows([['a😀b', 'x'], ['abcd', 'y']])).toBe('a😀b    x\nabcd   y\n');
  });
});
