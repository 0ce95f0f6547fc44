import type { SourcesReport } from '../../app/read-sources.ts';
import type { SourceRow } from '../../domain/sources.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';

/** Sources as rows, the total last. */
export function sourcesTable(r: SourcesReport): ReportTable {
  const line = (kind: string, s: SourceRow) => [
    kind,
    s.channel,
    s.medium,
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
  return {
    columns: [
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
    ],
    rows: [...r.rows.map((s) => line('source', s)), line('total', r.total)],
  };
}
