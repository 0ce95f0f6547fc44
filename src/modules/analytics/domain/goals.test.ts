import { describe, expect, it } from 'vitest';
import { goalProblems, goalProgress, periodTarget, periodUnits } from './goals.ts';

const calls = {
  measure: 'activities_done' as const,
  activityType: 'call' as const,
  period: 'week' as const,
  target: 40,
};
const revenue = {
  measure: 'won_value' as const,
  activityType: null,
  period: 'month' as const,
  target: 20000,
};

describe('goals', () => {
  it('counts a period in weeks by its days, in months by the share of each month', () => {
    expect(periodUnits({ from: '2026-11-02', to: '2026-11-08' }, 'week')).toBe(1);
    expect(periodUnits({ from: '2026-11-01', to: '2026-11-30' }, 'week')).toBeCloseTo(30 / 7, 10);
    expect(periodUnits({ from: '2026-10-01', to: '2026-12-31' }, 'month')).toBe(3);
    expect(periodUnits({ from: '2026-11-16', to: '2026-11-30' }, 'month')).toBe(0.5);
    // February of a leap year, then the first 3 days of March (31 days).
    expect(periodUnits({ from: '2028-02-01', to: '2028-03-03' }, 'month')).toBeCloseTo(
      1 + 3 / 31,
      10,
    );
    expect(periodUnits({ from: '2026-12-17', to: '2027-01-15' }, 'month')).toBeCloseTo(
      15 / 31 + 15 / 31,
      10,
    );
  });

  it('scales the target to the period: whole counts, value in cents', () => {
    expect(periodTarget(calls, { from: '2026-11-01', to: '2026-11-30' })).toBe(171);
    expect(periodTarget(revenue, { from: '2026-10-01', to: '2026-12-31' })).toBe(60000);
    expect(periodTarget(revenue, { from: '2026-11-01', to: '2026-11-10' })).toBe(6666.67);
  });

  it('says whether the person met the goal, keeps pace by today, or is behind', () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const monthly = { ...revenue, target: 3000 };
    expect(goalProgress(monthly, november, 3000, '2026-11-10')).toEqual({
      periodTarget: 3000,
      actual: 3000,
      progress: 1,
      expectedToDate: 1000,
      status: 'met',
    });
    expect(goalProgress(monthly, november, 1000, '2026-11-10').status).toBe('on_track');
    expect(goalProgress(monthly, november, 999.99, '2026-11-10').status).toBe('behind');
    // Once the period is over the whole target is due; before it starts nothing is.
    expect(goalProgress(monthly, november, 2500, '2026-12-05')).toMatchObject({
      expectedToDate: 3000,
      status: 'behind',
      progress: 0.8333,
    });
    expect(goalProgress(monthly, november, 0, '2026-10-20').status).toBe('on_track');
  });

  it('refuses a type on another measure, unknown types, and targets that do not fit', () => {
    expect(goalProblems(calls)).toEqual([]);
    expect(goalProblems({ ...calls, activityType: 'fax' })).toEqual([
      { path: 'activityType', message: 'One of call, meeting, email, task' },
    ]);
    expect(
      goalProblems({ ...revenue, activityType: 'call', target: 0 }).map((e) => e.path),
    ).toEqual(['activityType', 'target']);
    expect(goalProblems({ ...calls, target: 2.5 })).toEqual([
      { path: 'target', message: 'A whole number: this goal counts' },
    ]);
    expect(goalProblems({ ...revenue, target: 10.005 })).toEqual([
      { path: 'target', message: 'At most 2 decimals' },
    ]);
    expect(goalProblems({ ...revenue, target: 10.05 })).toEqual([]);
  });
});
