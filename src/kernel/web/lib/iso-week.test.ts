import { describe, expect, it } from 'vitest';
import {
  isWeek,
  shiftWeek,
  shortWeek,
  weekDates,
  weekMonday,
  weekNumber,
  weekOf,
} from './iso-week.ts';

describe('ISO weeks on the dashboard', () => {
  it('start on Monday', () => {
    expect(weekMonday('2026-W48').toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(weekMonday('2026-W01').toISOString()).toBe('2025-12-29T00:00:00.000Z');
    expect(weekMonday('2020-W53').toISOString()).toBe('2020-12-28T00:00:00.000Z');
  });

  it('name the week of a date, across year ends', () => {
    expect(weekOf(new Date('2026-11-29T00:00:00Z'))).toBe('2026-W48');
    expect(weekOf(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(weekOf(new Date('2025-12-29T00:00:00Z'))).toBe('2026-W01');
  });

  it('step forwards and back', () => {
    expect(shiftWeek('2026-W48', -1)).toBe('2026-W47');
    expect(shiftWeek('2026-W48', -12)).toBe('2026-W36');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
  });

  it('tell a real week from a look-alike', () => {
    expect(isWeek('2026-W48')).toBe(true);
    expect(isWeek('2026-W53')).toBe(true);
    expect(isWeek('2025-W53')).toBe(false);
    expect(isWeek('2026-W00')).toBe(false);
    expect(isWeek('2026-48')).toBe(false);
    expect(weekNumber('2026-W08')).toBe(8);
  });

  it('show the dates of a week in the locale', () => {
    expect(weekDates('2026-W48', 'en')).toMatch(/^Nov 23\s–\s29, 2026$/);
    expect(weekDates('2026-W48', 'pl')).toMatch(/23.29 lis 2026/);
  });
});

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

describe('short week labels', () => {
  it('drop the year for chart axes', () => {
    expect(shortWeek('2026-W48')).toBe('W48');
  });
});
