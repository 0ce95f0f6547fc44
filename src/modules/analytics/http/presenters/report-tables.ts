import type { ForecastReport } from '../../app/read-forecast.ts';
import type { FunnelReport } from '../../app/read-funnel.ts';
import type { LossReasonsReport } from '../../app/read-loss-reasons.ts';
import type { PeopleReport } from '../../app/read-people.ts';
import type { VelocityReport } from '../../app/read-velocity.ts';
import type { LossGroup } from '../../domain/loss-reasons.ts';
import type { DurationStats } from '../../domain/velocity.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';
import {
  channelWord,
  exportTable,
  mediumWord,
  yesNo,
  type ExportWords,
} from './export-words/index.ts';

/** The funnel as rows: one per stage, then won, lost and open. */
export function funnelTable(r: FunnelReport, w: ExportWords): ReportTable {
  const columns = [
    'row',
    'stage_id',
    'reached',
    'reached_in_order',
    'conversion',
    'conversion_in_order',
    'drop_off',
    'value',
    'value_in_order',
  ] as const;
  return exportTable(w, columns, [
    [
      w.values.entered,
      null,
      r.entered,
      r.entered,
      null,
      null,
      null,
      r.enteredValue,
      r.enteredValue,
    ],
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
    [w.values.won, null, r.won.count, null, r.won.rate, null, null, r.won.value, null],
    [w.values.lost, null, r.lost.count, null, r.lost.rate, null, null, r.lost.value, null],
    [w.values.open, null, r.open.count, null, null, null, null, r.open.value, null],
  ]);
}

/** Velocity as rows: stages, then cycle times, then cycle times per month. */
export function velocityTable(r: VelocityReport, w: ExportWords): ReportTable {
  const line = (kind: string, name: string, s: DurationStats, stageId: string | null = null) => [
    kind,
    name,
    stageId,
    s.count,
    s.medianDays,
    s.p75Days,
  ];
  const v = w.values;
  const columns = [
    'row',
    'name',
    'stage_id',
    'count',
    'median_days',
    'p75_days',
    'bottleneck',
  ] as const;
  return exportTable(w, columns, [
    ...r.stages.map((s) => [...line(v.stage, s.name, s, s.stageId), yesNo(w, s.bottleneck)]),
    [...line(v.cycle, v.won, r.cycle.won), null],
    [...line(v.cycle, v.lost, r.cycle.lost), null],
    ...r.months.flatMap((m) => [
      [...line(v.month_won, m.month, m.won), null],
      [...line(v.month_lost, m.month, m.lost), null],
    ]),
  ]);
}

/**
 * Loss reasons as rows: reasons, stages, owners and sources, then each month with its reasons'
 * shares of that month.
 */
export function lossReasonsTable(r: LossReasonsReport, w: ExportWords): ReportTable {
  const line = (kind: string, g: LossGroup) => [kind, g.id, g.name, g.count, g.value, g.share];
  const names = new Map(r.reasons.map((g) => [g.id, g.name]));
  const v = w.values;
  const columns = [
    'group',
    'id',
    'name',
    'count',
    'value',
    'share',
    'month',
    'channel',
    'medium',
  ] as const;
  return exportTable(w, columns, [
    ...r.reasons.map((g) => line(v.reason, g)),
    ...r.byStage.map((g) => line(v.stage, g)),
    ...r.byOwner.map((g) => line(v.owner, g)),
    // A source's name in words ("Outbound / Cold call"), not its codes.
    ...r.bySource.map((g) => [
      ...line(v.source, {
        ...g,
        name: `${channelWord(w, g.channel) ?? '—'} / ${mediumWord(w, g.medium) ?? '—'}`,
      }),
      null,
      channelWord(w, g.channel),
      mediumWord(w, g.medium),
    ]),
    ...r.months.flatMap((m) => [
      [v.month, null, m.month, m.count, m.value, null, m.month, null, null],
      ...m.reasons.map((x) => [
        v.month_reason,
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
  ]);
}

/** The forecast as one row per open deal. */
export function forecastTable(r: ForecastReport, w: ExportWords): ReportTable {
  const columns = [
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
  ] as const;
  return exportTable(
    w,
    columns,
    r.deals.map((d) => [
      d.dealId,
      d.title,
      d.ownerName,
      d.stageName,
      d.probability,
      d.value,
      d.weighted,
      d.expectedCloseDate,
      d.month,
      yesNo(w, d.pastDue),
    ]),
  );
}

/** A goal in a cell, in words: `Calls done / week 12/171`. */
function goalCell(w: ExportWords, g: PeopleReport['people'][number]['goals'][number]): string {
  const measure = g.activityType ? w.goalActivities[g.activityType] : w.goalMeasures[g.measure];
  return `${measure} / ${w.goalPeriods[g.period]} ${g.actual}/${g.periodTarget}`;
}

/** One row per person. */
export function peopleTable(r: PeopleReport, w: ExportWords): ReportTable {
  const columns = [
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
  ] as const;
  return exportTable(
    w,
    columns,
    r.people.map((p) => [
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
      p.goals.map((g) => goalCell(w, g)).join('; ') || null,
    ]),
  );
}
