import { describe, expect, it } from 'vitest';
import { isLocalDate, presetOf, presetPeriod, todayIn } from './report-periods.ts';

describe('report periods', () => {
  it('gives whole calendar months, quarters and years, across a year end', () => {
    const today = '2026-01-14';
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(presetPeriod('lastMonth', today)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('thisQuarter', today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('lastQuarter', today)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('last3Months', today)).toEqual({ from: '2025-11-01', to: '2026-01-14' });
    expect(presetPeriod('last12Months', today)).toEqual({ from: '2025-02-01', to: '2026-01-14' });
    expect(presetPeriod('last12Months', '2026-12-07')).toEqual({
      from: '2026-01-01',
      to: '2026-12-07',
    });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('lastMonth', '2028-03-31')).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(presetPeriod('thisQuarter', '2026-11-23')).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('names the preset of a pair of dates, or none', () => {
    expect(presetOf({ from: '2026-10-01', to: '2026-12-31' }, '2026-11-23')).toBe('thisQuarter');
    expect(presetOf({ from: '2026-10-02', to: '2026-12-31' }, '2026-11-23')).toBeNull();
  });

  it('reads today in the workspace time zone and checks dates', () => {
    const instant = new Date('2026-11-30T23:30:00Z');
    expect(todayIn('Europe/Warsaw', instant)).toBe('2026-12-01');
    expect(todayIn('America/New_York', instant)).toBe('2026-11-30');
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-01')).toBe(false);
  });
});
