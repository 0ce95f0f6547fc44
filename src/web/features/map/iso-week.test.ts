import { describe, expect, it } from 'vitest';
import { shiftWeek, weekMonday } from './iso-week.ts';

describe('ISO weeks in the week picker', () => {
  it('step forward and back, across year ends', () => {
    expect(shiftWeek('2026-W48', -1)).toBe('2026-W47');
    expect(shiftWeek('2026-W48', 1)).toBe('2026-W49');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2020-W52', 1)).toBe('2020-W53');
    expect(shiftWeek('2026-W48', -12)).toBe('2026-W36');
  });

  it('start on Monday', () => {
    expect(weekMonday('2026-W48').toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(weekMonday('2026-W01').toISOString().slice(0, 10)).toBe('2025-12-29');
  });
});
