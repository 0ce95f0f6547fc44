import type { WhatIfReport } from '../../app/read-what-if.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';

/** Months, then each driver measured and as changed, then the levers by gain. */
export function whatIfTable(r: WhatIfReport): ReportTable {
  const none = [null, null, null, null] as const;
  const driver = (
    name: string,
    source: { channel: string | null; medium: string | null } | null,
    stageId: string | null,
    baseline: number | null,
    scenario: number | null,
  ) => [
    'driver',
    name,
    source?.channel ?? null,
    source?.medium ?? null,
    stageId,
    baseline,
    scenario,
    ...none,
  ];
  return {
    columns: [
      'row',
      'name',
      'channel',
      'medium',
      'stage_id',
      'baseline',
      'scenario',
      'baseline_won',
      'baseline_revenue',
      'won',
      'revenue',
    ],
    rows: [
      ...r.months.map((m) => [
        'month',
        m.month,
        null,
        null,
        null,
        null,
        null,
        m.baseline.won,
        m.baseline.revenue,
        m.projection.won,
        m.projection.revenue,
      ]),
      ...r.scenario.sources.flatMap((s) => {
        const measured = r.baseline.sources.find(
          (b) => b.channel === s.channel && b.medium === s.medium,
        );
        return [
          driver('leadsPerWeek', s, null, measured?.leadsPerWeek ?? null, s.leadsPerWeek),
          driver('leadToDeal', s, null, measured?.leadToDeal ?? null, s.leadToDeal),
          driver(
            'dealsPerWeekWithoutLead',
            s,
            null,
            measured?.dealsPerWeekWithoutLead ?? null,
            s.dealsPerWeekWithoutLead,
          ),
        ];
      }),
      ...r.scenario.stages.map((s, i) =>
        driver(`stage: ${s.name}`, null, s.stageId, r.baseline.stages[i]!.conversion, s.conversion),
      ),
      driver('averageWonValue', null, null, r.baseline.averageWonValue, r.scenario.averageWonValue),
      driver('cycleDays', null, null, r.baseline.cycleDays, r.scenario.cycleDays),
      driver('leadToDealDays', null, null, r.baseline.leadToDealDays, r.scenario.leadToDealDays),
      ...r.levers.map((l) => [
        'lever',
        l.driver,
        l.channel,
        l.medium,
        l.stageId,
        l.from,
        l.to,
        null,
        null,
        l.gain.won,
        l.gain.revenue,
      ]),
    ],
  };
}
