import type { SourcesReport } from '../../app/read-sources.ts';
import type { SourceRow } from '../../domain/sources.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';
import { channelWord, exportTable, mediumWord, type ExportWords } from './export-words/index.ts';

/** Sources as rows, the total last. */
export function sourcesTable(r: SourcesReport, w: ExportWords): ReportTable {
  const line = (kind: string, s: SourceRow) => [
    kind,
    channelWord(w, s.channel),
    mediumWord(w, s.medium),
    s.campaign,
    s.leads,
    s.contacted,
    s.mql,
    s.sql,
    s.deals,
    s.dealsWithoutLead,
    s.won,
    s.revenue,
    s.firstContact.medianSeconds,
    s.conversion.leadToMql,
    s.conversion.mqlToSql,
    s.conversion.sqlToDeal,
    s.conversion.dealToWon,
    s.cost,
    s.costPerLead,
    s.costPerWon,
    s.returnOnCost,
  ];
  const columns = [
    'row',
    'channel',
    'medium',
    'campaign',
    'leads',
    'contacted',
    'mql',
    'sql',
    'deals',
    'deals_without_lead',
    'won',
    'revenue',
    'median_seconds_to_first_contact',
    'lead_to_mql',
    'mql_to_sql',
    'sql_to_deal',
    'deal_to_won',
    'cost',
    'cost_per_lead',
    'cost_per_won',
    'return_on_cost',
  ] as const;
  return exportTable(w, columns, [
    ...r.rows.map((s) => line(w.values.source, s)),
    line(w.values.total, r.total),
  ]);
}
