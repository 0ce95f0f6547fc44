import { ratio } from './funnel.ts';
import { LEAD_FUNNEL_STEPS, type LeadFunnelStep } from '../../../contract/analytics.ts';

/** The cohort's counts as the database gives them. */
export type LeadCohortCounts = Record<LeadFunnelStep, number> & {
  disqualified: number;
  open: number;
  /** Still in progress with this step their furthest: an open lead, or (converted) an open deal. */
  waiting: Record<LeadFunnelStep, number>;
  revenue: number;
  firstContact: { count: number; medianSeconds: number | null };
};

export interface LeadFunnelRow {
  step: LeadFunnelStep;
  reached: number;
  /** reached ÷ reached at the previous step; null without a base. */
  conversion: number | null;
  /** reached ÷ created. */
  rate: number | null;
  /**
   * Reached the previous step and stopped there for good: disqualified, or its deal lost. Those
   * still in progress at the previous step (an open lead, an open deal) have not dropped off.
   */
  dropOff: number;
}

export interface LeadFunnel {
  steps: LeadFunnelRow[];
  disqualified: number;
  /** Still open (new … sql). */
  open: number;
  revenue: number;
  firstContact: { count: number; medianSeconds: number | null };
}

/**
 * The leads funnel: each step reached by the cohort, its conversion from the step before and
 * from creation. Statuses move forward only and every status passed is recorded, so "reached
 * in order" and "reached at any point" are the same here.
 */
export function leadFunnel(counts: LeadCohortCounts): LeadFunnel {
  let previous = counts.created;
  let waiting = 0;
  const steps = LEAD_FUNNEL_STEPS.map((step) => {
    const reached = counts[step];
    const row: LeadFunnelRow = {
      step,
      reached,
      conversion: step === 'created' ? ratio(reached, reached) : ratio(reached, previous),
      rate: ratio(reached, counts.created),
      // Open deals are not lost ones: a cohort of three months has many still being worked.
      dropOff: step === 'created' ? 0 : Math.max(0, previous - reached - waiting),
    };
    previous = reached;
    waiting = counts.waiting[step];
    return row;
  });
  return {
    steps,
    disqualified: counts.disqualified,
    open: counts.open,
    revenue: counts.revenue,
    firstContact: counts.firstContact,
  };
}
