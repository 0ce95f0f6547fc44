import type { ForecastReport } from '../../app/read-forecast.ts';
import type { FunnelReport } from '../../app/read-funnel.ts';
import type { LossReasonsReport } from '../../app/read-loss-reasons.ts';
import type { PeopleReport } from '../../app/read-people.ts';
import type { VelocityReport } from '../../app/read-velocity.ts';
import type { LossGroup } from '../../domain/loss-reasons.ts';
import type { DurationStats } from '../../domain/velocity.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';

/** The funnel as rows: one per stage, then won, lost and open. */
export function funnelTable(r: FunnelReport): ReportTable {
  return {
    columns: [
      'row',
      'stage_id',
      'reached',
      'reached_in_order',
      'conversion',
      'conversion_in_order',
      'drop_off',
      'value',
      'value_in_order',
    ],
    rows: [
      ['entered', null, r.entered, r.entered, null, null, null, r.enteredValue, r.enteredValue],
      ...r.stages.map((s) => [
        s.name,
        s.stageId,
        s.reached,
        s.reachedInOrder,
        s.conversion,
        s.conversionInOrder,
        s.dropOff,
        s.value,
        s.valueInOrder,
      ]),
      ['won', null, r.won.count, null, r.won.rate, null, null, r.won.value, null],
      ['lost', null, r.lost.count, null, r.lost.rate, null, null, r.lost.value, null],
      ['open', null, r.open.count, null, null, null, null, r.open.value, null],
    ],
  };
}

/** Velocity as rows: stages, then cycle times, then cycle times per month. */
export function velocityTable(r: VelocityReport): ReportTable {
  const line = (kind: string, name: string, s: DurationStats, stageId: string | null = null) => [
    kind,
    name,
    stageId,
    s.count,
    s.medianDays,
    s.p75Days,
  ];
  return {
    columns: ['row', 'name', 'stage_id', 'count', 'median_days', 'p75_days', 'bottleneck'],
    rows: [
      ...r.stages.map((s) => [...line('stage', s.name, s, s.stageId), s.bottleneck]),
      [...line('cycle', 'won', r.cycle.won), null],
      [...line('cycle', 'lost', r.cycle.lost), null],
      ...r.months.flatMap((m) => [
        [...line('month_won', m.month, m.won), null],
        [...line('month_lost', m.month, m.lost), null],
      ]),
    ],
  };
}

/**
 * Loss reasons as rows: reasons, stages, owners and sources, then each month with its reasons'
 * shares of that month.
 */
export function lossReasonsTable(r: LossReasonsReport): ReportTable {
  const line = (kind: string, g: LossGroup) => [kind, g.id, g.name, g.count, g.value, g.share];
  const names = new Map(r.reasons.map((g) => [g.id, g.name]));
  return {
    columns: ['group', 'id', 'name', 'count', 'value', 'share', 'month', 'channel', 'medium'],
    rows: [
      ...r.reasons.map((g) => line('reason', g)),
      ...r.byStage.map((g) => line('stage', g)),
      ...r.byOwner.map((g) => line('owner', g)),
      ...r.bySource.map((g) => [...line('source', g), null, g.channel, g.medium]),
      ...r.months.flatMap((m) => [
        ['month', null, m.month, m.count, m.value, null, m.month, null, null],
        ...m.reasons.map((x) => [
          'month_reason',
          x.reasonId,
          names.get(x.reasonId) ?? null,
          x.count,
          null,
          x.share,
          m.month,
          null,
          null,
        ]),
      ]),
    ],
  };
}

/** The forecast as one row per open deal. */
export function forecastTable(r: ForecastReport): ReportTable {
  return {
    columns: [
      'deal_id',
      'deal',
      'owner',
      'stage',
      'probability',
      'value',
      'weighted',
      'expected_close_date',
      'month',
      'past_due',
    ],
    rows: r.deals.map((d) => [
      d.dealId,
      d.title,
      d.ownerName,
      d.stageName,
      d.probability,
      d.value,
      d.weighted,
      d.expectedCloseDate,
      d.month,
      d.pastDue,
    ]),
  };
}

/** A goal in a cell: `activities_done:call/week 12/171`. */
function goalCell(g: PeopleReport['people'][number]['goals'][number]): string {
  const measure = g.activityType ? `${g.measure}:${g.activityType}` : g.measure;
  return `${measure}/${g.period} ${g.actual}/${g.periodTarget}`;
}

/** One row per person. */
export function peopleTable(r: PeopleReport): ReportTable {
  return {
    columns: [
      'user_id',
      'name',
      'calls',
      'meetings',
      'emails',
      'tasks',
      'activities',
      'deals_created',
      'won',
      'won_value',
      'lost',
      'stuck',
      'without_next_step',
      'goals',
    ],
    rows: r.people.map((p) => [
      p.userId,
      p.name,
      p.activities.call,
      p.activities.meeting,
      p.activities.email,
      p.activities.task,
      p.activities.total,
      p.dealsCreated,
      p.won.count,
      p.won.value,
      p.lost,
      p.stuck,
      p.withoutNextStep,
      p.goals.map(goalCell).join('; ') || null,
    ]),
  };
}
