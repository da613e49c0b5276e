import { describe, it, expect } from 'vitest';
import { tableTabs, describeTabs } from './tabwriter.js';

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
