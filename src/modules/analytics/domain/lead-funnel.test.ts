import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadFunnel, type LeadCohortCounts } from './lead-funnel.ts';
import { LEAD_FUNNEL_STEPS } from '../../../contract/analytics.ts';

const none = { created: 0, contacted: 0, replied: 0, mql: 0, sql: 0, converted: 0, won: 0 };

function counts(
  reached: Partial<LeadCohortCounts>,
  waiting: Partial<LeadCohortCounts['waiting']> = {},
): LeadCohortCounts {
  return {
    ...none,
    disqualified: 0,
    open: 0,
    revenue: 0,
    firstContact: { count: 0, medianSeconds: null },
    ...reached,
    waiting: { ...none, ...waiting },
  };
}

describe('lead funnel drop-off', () => {
  it('does not count deals still open as dropped off', () => {
    // 33 leads became deals: 4 won, 10 lost, 19 still being worked.
    const funnel = leadFunnel(
      counts(
        { created: 33, contacted: 33, replied: 33, mql: 33, sql: 33, converted: 33, won: 4 },
        {
          converted: 19,
        },
      ),
    );
    expect(funnel.steps.find((s) => s.step === 'won')!.dropOff).toBe(10);
  });

  it('does not count leads still open at a step as dropped off after it', () => {
    const funnel = leadFunnel(counts({ created: 10, contacted: 6 }, { created: 3 }));
    expect(funnel.steps.find((s) => s.step === 'contacted')!.dropOff).toBe(1);
  });

  it('never drops off more than passed the step before, nor fewer than none (property)', () => {
    const step = fc.nat({ max: 500 });
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 7, maxLength: 7 }),
        fc.array(step, { minLength: 7, maxLength: 7 }),
        (a, w) => {
          const reached = [...a].sort((x, y) => y - x);
          const cohort = counts(
            Object.fromEntries(LEAD_FUNNEL_STEPS.map((s, i) => [s, reached[i]!])),
            Object.fromEntries(LEAD_FUNNEL_STEPS.map((s, i) => [s, Math.min(w[i]!, reached[i]!)])),
          );
          leadFunnel(cohort).steps.forEach((row, i) => {
            expect(row.dropOff).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(row.dropOff).toBeLessThanOrEqual(reached[i - 1]! - reached[i]!);
          });
        },
      ),
    );
  });
});
