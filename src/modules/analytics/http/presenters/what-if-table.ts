import type { WhatIfReport } from '../../app/read-what-if.ts';
import type { WhatIfDriver } from '../../../../contract/analytics.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';
import { channelWord, exportTable, mediumWord, type ExportWords } from './export-words/index.ts';

/** Months, then each driver measured and as changed, then the levers by gain. */
export function whatIfTable(r: WhatIfReport, w: ExportWords): ReportTable {
  const none = [null, null, null, null] as const;
  const driver = (
    name: string,
    source: { channel: string | null; medium: string | null } | null,
    stageId: string | null,
    baseline: number | null,
    scenario: number | null,
  ) => [
    w.values.driver,
    name,
    channelWord(w, source?.channel ?? null),
    mediumWord(w, source?.medium ?? null),
    stageId,
    baseline,
    scenario,
    ...none,
  ];
  const columns = [
    'row',
    'name',
    'channel',
    'medium',
    'stage_id',
    'baseline',
    'scenario',
    'baseline_won',
    'baseline_revenue',
    'projected_won',
    'revenue',
  ] as const;
  const driverName = (d: WhatIfDriver) => w.drivers[d];
  return exportTable(w, columns, [
    ...r.months.map((m) => [
      w.values.month,
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
        driver(driverName('leadsPerWeek'), s, null, measured?.leadsPerWeek ?? null, s.leadsPerWeek),
        driver(driverName('leadToDeal'), s, null, measured?.leadToDeal ?? null, s.leadToDeal),
        driver(
          driverName('dealsPerWeekWithoutLead'),
          s,
          null,
          measured?.dealsPerWeekWithoutLead ?? null,
          s.dealsPerWeekWithoutLead,
        ),
      ];
    }),
    ...r.scenario.stages.map((s, i) =>
      driver(
        `${w.drivers.stageConversion}: ${s.name}`,
        null,
        s.stageId,
        r.baseline.stages[i]!.conversion,
        s.conversion,
      ),
    ),
    driver(
      driverName('averageWonValue'),
      null,
      null,
      r.baseline.averageWonValue,
      r.scenario.averageWonValue,
    ),
    driver(driverName('cycleDays'), null, null, r.baseline.cycleDays, r.scenario.cycleDays),
    driver(
      driverName('leadToDealDays'),
      null,
      null,
      r.baseline.leadToDealDays,
      r.scenario.leadToDealDays,
    ),
    ...r.levers.map((l) => [
      w.values.lever,
      driverName(l.driver),
      channelWord(w, l.channel),
      mediumWord(w, l.medium),
      l.stageId,
      l.from,
      l.to,
      null,
      null,
      l.gain.won,
      l.gain.revenue,
    ]),
  ]);
}
