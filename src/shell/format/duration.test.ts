import { describe, it, expect } from 'vitest';
import { humanDuration, age, eventAge, rfc1123z } from './duration.js';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration (fact sheet §1.2)', () => {
  it.each([
    [-2 * s, '<invalid>'],
    [-1 * s, '0s'],
    [-500, '0s'],
    [0, '0s'],
    [45 * s, '45s'],
    [119 * s + 999, '119s'],
    [120 * s, '2m'],
    [5 * m + 30 * s, '5m30s'],
    [9 * m + 59 * s, '9m59s'],
    [10 * m, '10m'],
    [90 * m, '90m'],
    [179 * m + 59 * s, '179m'],
    [3 * h, '3h'],
    [5 * h + 30 * m, '5h30m'],
    [7 * h + 59 * m + 59 * s, '7h59m'],
    [8 * h, '8h'],
    [47 * h, '47h'],
    [2 * d, '2d'],
    [3 * d + h, '3d1h'],
    [8 * d, '8d'],
    [364 * d, '364d'],
    [2 * 365 * d, '2y'],
    [2 * 365 * d + 100 * d, '2y100d'],
    [9 * 365 * d, '9y'],
  ])('%d ms → %s', (ms, want) => expect(humanDuration(ms)).toBe(want));

  it('a zero timestamp is <unknown>', () => {
    expect(age(undefined, 0)).toBe('<unknown>');
    expect(age('2026-11-26T09:00:00Z', Date.UTC(2026, 10, 26, 9, 5, 30))).toBe('5m30s');
  });

  it('repeated events read "2m (x3 over 10m)"', () => {
    const now = Date.UTC(2026, 10, 26, 9, 0, 0);
    const at = (sec: number) => new Date(now - sec * 1000).toISOString();
    expect(eventAge({ count: 3, firstTimestamp: at(600), lastTimestamp: at(120), involvedObject: {}, metadata: {} }, now)).toBe('2m (x3 over 10m)');
    expect(eventAge({ count: 1, firstTimestamp: at(100), lastTimestamp: at(100), involvedObject: {}, metadata: {} }, now)).toBe('100s');
  });

  it('formats RFC1123Z like Go', () => expect(rfc1123z('2026-11-26T08:54:30Z')).toBe('Thu, 26 Nov 2026 08:54:30 +0000'));
});
