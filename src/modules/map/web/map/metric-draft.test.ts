import { describe, expect, it } from 'vitest';
import { fromMetric, newDraft, toMetric, withKind } from './metric-draft.ts';

describe('the metric builder draft', () => {
  it('writes the metric language, leaving empty filters out', () => {
    expect(toMetric(newDraft('lead.contacted'))).toEqual({ count: { event: 'lead.contacted' } });
    const median = { ...newDraft('deal.stage_entered'), kind: 'median' as const };
    expect(toMetric({ ...median, where: { stageId: 's1', medium: ' ' } })).toEqual({
      median: { event: 'deal.stage_entered', where: { stageId: 's1' } },
      of: 'duration',
    });
    expect(toMetric({ ...newDraft(), kind: 'state', state: 'stuck_deals' })).toEqual({
      state: 'stuck_deals',
    });
    expect(toMetric(withKind(newDraft(), 'manual'))).toEqual({ manual: true });
  });

  it('builds a ratio from two sub-metrics, win rate (won of closed) first', () => {
    expect(toMetric(withKind(newDraft(), 'ratio'))).toEqual({
      ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.closed' } } },
    });
  });

  it('reads stored metrics back unchanged', () => {
    const metrics = [
      { count: { event: 'lead.replied', where: { channel: 'outbound' } } },
      { sum: { event: 'deal.won' } },
      { median: { event: 'ticket.closed' }, of: 'duration' },
      { ratio: { of: { count: { event: 'lead.sql' } }, to: { sum: { event: 'deal.won' } } } },
      { state: 'overdue_activities', where: { activityType: 'call' } },
      { manual: true },
    ];
    for (const metric of metrics) expect(toMetric(fromMetric(metric))).toEqual(metric);
  });
});
