import { describe, expect, it } from 'vitest';
import { DAY, planDeal, planLead, SPAN_DAYS } from './scale-plan.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const deals = (seed: number, count: number) =>
  Array.from({ length: count }, (_, n) => planDeal(seed, n, 4, 30, NOW, null));

describe('the scale data plan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(deals(7, 50)).toEqual(deals(7, 50));
    expect(deals(7, 50)).not.toEqual(deals(8, 50));
  });

  it('has the demo company’s status mix: mostly lost, about a sixth won, some open', () => {
    const plans = deals(20_240_601, 5_000);
    const share = (status: string) =>
      plans.filter((d) => d.status === status).length / plans.length;
    expect(share('lost')).toBeGreaterThan(0.65);
    expect(share('lost')).toBeLessThan(0.85);
    expect(share('won')).toBeGreaterThan(0.1);
    expect(share('won')).toBeLessThan(0.22);
    expect(share('open')).toBeGreaterThan(0.02);
    expect(share('open')).toBeLessThan(0.12);
  });

  it('keeps every deal inside its history, moves in time order and ~20 activities per deal', () => {
    const plans = deals(3, 2_000);
    let activities = 0;
    for (const d of plans) {
      expect(d.createdAt).toBeGreaterThanOrEqual(NOW - SPAN_DAYS * DAY);
      expect(d.closedAt ?? NOW).toBeLessThanOrEqual(NOW);
      const times = d.moves.map((m) => m.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const m of d.moves) expect(Math.abs(m.stage - m.from)).toBe(1);
      if (d.status === 'won') expect(d.stage).toBe(3);
      activities += d.activities.length;
      const planned = d.activities.filter((a) => a.doneAt === null);
      if (d.status !== 'open') expect(planned).toEqual([]);
    }
    expect(activities / plans.length).toBeGreaterThan(18);
    expect(activities / plans.length).toBeLessThan(22);
  });

  it('converts a lead into the deal of the same number, created when the lead converted', () => {
    for (let n = 0; n < 2_000; n++) {
      const lead = planLead(5, n, 10, NOW);
      const deal = planDeal(5, n, 4, 30, NOW, lead);
      expect(deal.lead).toBe(lead.status === 'converted');
      if (deal.lead) {
        expect(deal.createdAt).toBe(lead.steps[lead.steps.length - 1]!.at);
        expect(deal.source).toEqual(lead.source);
        expect(lead.steps.map((s) => s.status)).toContain('sql');
      }
    }
  });
});
