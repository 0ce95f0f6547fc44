import { describe, expect, it } from 'vitest';
import { costInPeriod } from './channel-cost.ts';

describe('channel cost in a period', () => {
  it('counts the share of the month’s days that fall in the period', () => {
    const november = { month: '2026-11-01', amount: 3000 };
    expect(costInPeriod(november, { from: '2026-11-01', to: '2026-11-30' })).toBe(3000);
    expect(costInPeriod(november, { from: '2026-10-01', to: '2027-01-31' })).toBe(3000);
    expect(costInPeriod(november, { from: '2026-11-16', to: '2026-12-15' })).toBe(1500);
    expect(costInPeriod(november, { from: '2026-11-30', to: '2026-11-30' })).toBe(100);
    expect(costInPeriod(november, { from: '2026-12-01', to: '2026-12-31' })).toBe(0);
    expect(costInPeriod(november, { from: '2026-10-01', to: '2026-10-31' })).toBe(0);
  });

  it('knows the length of every month, leap Februaries included', () => {
    const whole = (month: string, from: string, to: string) =>
      costInPeriod({ month, amount: 100 }, { from, to });
    expect(whole('2028-02-01', '2028-02-29', '2028-03-10')).toBeCloseTo(100 / 29, 10);
    expect(whole('2027-02-01', '2027-02-28', '2027-03-10')).toBeCloseTo(100 / 28, 10);
    expect(whole('2026-12-01', '2026-12-31', '2027-01-01')).toBeCloseTo(100 / 31, 10);
  });
});
