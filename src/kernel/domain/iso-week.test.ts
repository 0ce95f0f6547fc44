import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  formatIsoWeek,
  shiftIsoWeek,
  weekStartDate,
  isoWeekOf,
  parseIsoWeek,
  readIsoWeek,
  weekRange,
  weeksBetween,
  weeksInIsoYear,
} from './iso-week.ts';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

const range = (week: string, zone: string): [string, string] => {
  const r = weekRange(week, zone);
  return [r.start.toISOString(), r.end.toISOString()];
};

describe('isoWeekOf', () => {
  it('takes the week of the local date in the zone', () => {
    const t = new Date('2026-11-29T23:30:00Z'); // Sunday in UTC, Monday in Warsaw
    expect(isoWeekOf(t, 'UTC')).toBe('2026-W48');
    expect(isoWeekOf(t, 'Europe/Warsaw')).toBe('2026-W49');
    expect(isoWeekOf(t, 'America/New_York')).toBe('2026-W48');
    expect(isoWeekOf(new Date('2026-11-22T18:29:59.999Z'), 'Asia/Kolkata')).toBe('2026-W47');
    expect(isoWeekOf(new Date('2026-11-22T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-W48');
  });

  it('puts the first days of January in the last week of the year before when they precede Thursday', () => {
    expect(isoWeekOf(new Date('2027-01-03T12:00:00Z'), 'UTC')).toBe('2026-W53');
    expect(isoWeekOf(new Date('2027-01-04T00:00:00Z'), 'UTC')).toBe('2027-W01');
    expect(isoWeekOf(new Date('2027-01-03T20:00:00Z'), 'Asia/Kolkata')).toBe('2027-W01');
    expect(isoWeekOf(new Date('2021-01-03T12:00:00Z'), 'UTC')).toBe('2020-W53');
    expect(isoWeekOf(new Date('2023-01-01T12:00:00Z'), 'UTC')).toBe('2022-W52');
  });

  it('puts the last days of December in week 1 of the next year when they follow Wednesday', () => {
    expect(isoWeekOf(new Date('2024-12-30T12:00:00Z'), 'UTC')).toBe('2025-W01');
    expect(isoWeekOf(new Date('2025-12-31T12:00:00Z'), 'UTC')).toBe('2026-W01');
    expect(isoWeekOf(new Date('2025-12-28T12:00:00Z'), 'UTC')).toBe('2025-W52');
  });
});

describe('weekRange', () => {
  it('runs from Monday 00:00 local to the next Monday 00:00 local', () => {
    expect(range('2026-W48', 'UTC')).toEqual([
      '2026-11-23T00:00:00.000Z',
      '2026-11-30T00:00:00.000Z',
    ]);
    expect(range('2026-W48', 'Europe/Warsaw')).toEqual([
      '2026-11-22T23:00:00.000Z',
      '2026-11-29T23:00:00.000Z',
    ]);
    expect(range('2026-W48', 'Asia/Kolkata')).toEqual([
      '2026-11-22T18:30:00.000Z',
      '2026-11-29T18:30:00.000Z',
    ]);
  });

  it('is an hour short in the week clocks go forward and an hour long when they go back (Warsaw)', () => {
    expect(range('2026-W13', 'Europe/Warsaw')).toEqual([
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
    expect(range('2026-W43', 'Europe/Warsaw')).toEqual([
      '2026-10-18T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ]);
  });

  it('follows New York’s own DST dates', () => {
    expect(range('2026-W10', 'America/New_York')).toEqual([
      '2026-03-02T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
    ]);
    expect(range('2026-W44', 'America/New_York')).toEqual([
      '2026-10-26T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
    ]);
    // Warsaw has not changed yet in New York's spring week.
    const w = weekRange('2026-W11', 'Europe/Warsaw');
    expect(w.end.getTime() - w.start.getTime()).toBe(WEEK);
  });

  it('spans the turn of the year for week 53 and week 1', () => {
    expect(range('2026-W53', 'Europe/Warsaw')).toEqual([
      '2026-12-27T23:00:00.000Z',
      '2027-01-03T23:00:00.000Z',
    ]);
    expect(range('2025-W01', 'UTC')).toEqual([
      '2024-12-30T00:00:00.000Z',
      '2025-01-06T00:00:00.000Z',
    ]);
    expect(range('2020-W53', 'America/New_York')).toEqual([
      '2020-12-28T05:00:00.000Z',
      '2021-01-04T05:00:00.000Z',
    ]);
  });

  it('throws on a time zone that does not exist', () => {
    expect(() => weekRange('2026-W48', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => isoWeekOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('rejects a week that does not exist', () => {
    expect(() => weekRange('2025-W53', 'UTC')).toThrow(DomainError);
  });
});

describe('parseIsoWeek', () => {
  it('reads valid weeks', () => {
    expect(parseIsoWeek('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(parseIsoWeek('2026-W01')).toEqual({ year: 2026, week: 1 });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2020-W53')).toEqual({ year: 2020, week: 53 });
  });

  it('allows week 53 only in years that have it', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2015)).toBe(53);
    expect(weeksInIsoYear(2032)).toBe(53);
    expect(weeksInIsoYear(2025)).toBe(52);
    expect(weeksInIsoYear(2024)).toBe(52);
    expect(weeksInIsoYear(2027)).toBe(52);
    expect(readIsoWeek('2025-W53')).toBeNull();
    try {
      parseIsoWeek('2025-W53', 'from');
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('validation_failed');
      expect((e as DomainError).extensions.errors).toEqual([
        { path: 'from', message: 'no such ISO week in that year' },
      ]);
    }
  });

  it.each([
    '2026-W00',
    '2026-W54',
    '2026W48',
    '26-W48',
    '2026-w48',
    '2026-W4',
    ' 2026-W48',
    '0999-W10',
    '',
  ])('rejects %j', (value) => {
    expect(readIsoWeek(value)).toBeNull();
    expect(() => parseIsoWeek(value)).toThrow(DomainError);
  });

  it('rejects what is not a string', () => {
    expect(() => parseIsoWeek(202648)).toThrow('week: must be an ISO week like 2026-W48');
  });

  it('formats with padding', () => {
    expect(formatIsoWeek({ year: 2027, week: 1 })).toBe('2027-W01');
  });
});

describe('weeksBetween', () => {
  it('lists the weeks from one to the other, both included, across week 53', () => {
    expect(weeksBetween('2026-W52', '2027-W02')).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(weeksBetween('2025-W52', '2026-W01')).toEqual(['2025-W52', '2026-W01']);
    expect(weeksBetween('2026-W48', '2026-W48')).toEqual(['2026-W48']);
    expect(weeksBetween('2026-W48', '2026-W47')).toEqual([]);
    expect(weeksBetween('2026-W36', '2026-W48')).toHaveLength(13);
  });

  it('names the bad end', () => {
    expect(() => weeksBetween('2026-W48', '2026-W99')).toThrow('to: no such ISO week in that year');
  });
});

const ZONES = [
  'UTC',
  'Europe/Warsaw',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe', // half-hour DST
  'America/Santiago', // clocks change at midnight
  'Pacific/Chatham', // +12:45 / +13:45
];
const instant = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })
  .map((ms) => new Date(ms));

describe('weeks and their ranges agree (properties)', () => {
  it('an instant lies in the range of its own week, which starts and ends on week boundaries', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (t, zone) => {
        const week = isoWeekOf(t, zone);
        const { start, end } = weekRange(week, zone);
        expect(start.getTime()).toBeLessThanOrEqual(t.getTime());
        expect(end.getTime()).toBeGreaterThan(t.getTime());
        expect(isoWeekOf(start, zone)).toBe(week);
        expect(isoWeekOf(new Date(end.getTime() - 1), zone)).toBe(week);
        expect(isoWeekOf(new Date(start.getTime() - 1), zone)).not.toBe(week);
        expect(Math.abs(end.getTime() - start.getTime() - WEEK)).toBeLessThanOrEqual(HOUR);
      }),
      { numRuns: 200 },
    );
  });

  it('consecutive weeks of weeksBetween abut with no gap or overlap', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...ZONES),
        (t, n, zone) => {
          const from = isoWeekOf(t, zone);
          const to = isoWeekOf(new Date(t.getTime() + n * WEEK), zone);
          const weeks = weeksBetween(from, to);
          expect(weeks[0]).toBe(from);
          expect(weeks.at(-1)).toBe(to);
          expect(new Set(weeks).size).toBe(weeks.length);
          for (let i = 1; i < weeks.length; i++) {
            expect(weekRange(weeks[i - 1]!, zone).end).toEqual(weekRange(weeks[i]!, zone).start);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('weekStartDate and shiftIsoWeek', () => {
  it('give the Monday of a week and step across year ends', () => {
    expect(weekStartDate('2026-W48')).toBe('2026-11-23');
    expect(weekStartDate('2026-W01')).toBe('2025-12-29');
    expect(shiftIsoWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftIsoWeek('2027-W01', -1)).toBe('2026-W53');
    expect(shiftIsoWeek('2026-W48', -12)).toBe('2026-W36');
  });
});
