import { expect, test } from 'vitest';
import { formatDate } from './date.js';

const T = Date.UTC(2026, 10, 26, 9, 5, 7);

test('the default layout of GNU date, in UTC', () => {
  expect(formatDate(T, '%a %b %e %H:%M:%S %Z %Y')).toBe('Thu Nov 26 09:05:07 UTC 2026');
  expect(formatDate(Date.UTC(2026, 11, 3, 0, 0, 0), '%a %b %e')).toBe('Thu Dec  3');
});

test('common specifiers', () => {
  expect(formatDate(T, '%F %T %s %j %p %I %%')).toBe('2026-11-26 09:05:07 1795683907 330 AM 09 %');
  expect(formatDate(T, '%Y-%m-%dT%H:%M:%S%z')).toBe('2026-11-26T09:05:07+0000');
});
