import { describe, expect, it } from 'vitest';
import { localDate, resolvePeriod } from './report-period.ts';

describe('report period', () => {
  it('defaults to the twelve calendar months ending this month, across a year end', () => {
    expect(resolvePeriod({}, '2026-11-23')).toEqual({ from: '2025-12-01', to: '2026-11-23' });
    expect(resolvePeriod({}, '2026-12-07')).toEqual({ from: '2026-01-01', to: '2026-12-07' });
    expect(resolvePeriod({}, '2027-02-10')).toEqual({ from: '2026-03-01', to: '2027-02-10' });
    expect(resolvePeriod({ to: '2026-01-31' }, '2026-11-23')).toEqual({
      from: '2025-02-01',
      to: '2026-01-31',
    });
  });

  it('refuses unreal dates, a reversed period and one too long', () => {
    expect(() => resolvePeriod({ from: '2026-02-29' }, '2026-03-01')).toThrow(/from/);
    expect(() => resolvePeriod({ from: '2026-03-02', to: '2026-03-01' }, '2026-03-05')).toThrow(
      /After/,
    );
    expect(() => resolvePeriod({ from: '2000-01-01', to: '2026-01-01' }, '2026-01-01')).toThrow(
      /At most/,
    );
    expect(resolvePeriod({ from: '2028-02-29', to: '2028-02-29' }, '2026-01-01')).toEqual({
      from: '2028-02-29',
      to: '2028-02-29',
    });
  });

  it('reads the local date of an instant', () => {
    expect(localDate(new Date('2026-11-30T23:30:00Z'), 'Europe/Warsaw')).toBe('2026-12-01');
    expect(localDate(new Date('2026-12-01T03:00:00Z'), 'America/New_York')).toBe('2026-11-30');
  });
});
