import { describe, expect, it } from 'vitest';
import { IdleClock } from './idle-clock.js';

describe('IdleClock', () => {
  it('passes whole idle seconds on and keeps the remainder', () => {
    let wall = 1000;
    const passed: number[] = [];
    const target = { passIdleTime: (s: number) => (passed.push(s), true) };
    const c = new IdleClock({ now: () => wall });
    wall += 2500;
    expect(c.tick(target)).toBe(2);
    wall += 600;
    expect(c.tick(target)).toBe(1);
    expect(passed).toEqual([2, 1]);
  });

  it('drops time while the target is busy, and restarts after a line', () => {
    let wall = 0;
    const c = new IdleClock({ now: () => wall });
    wall += 5000;
    expect(c.tick({ passIdleTime: () => false })).toBe(0);
    wall += 500;
    c.restart();
    wall += 900;
    expect(c.tick({ passIdleTime: () => true })).toBe(0);
  });
});
