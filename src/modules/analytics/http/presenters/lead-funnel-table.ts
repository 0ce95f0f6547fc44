import type { LeadFunnelReport } from '../../app/read-lead-funnel.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';
import { exportTable, type ExportWords } from './export-words/index.ts';

/** One row per step, then the disqualified and the still open. */
export function leadFunnelTable(r: LeadFunnelReport, w: ExportWords): ReportTable {
  const columns = ['row', 'reached', 'conversion', 'rate', 'drop_off', 'revenue'] as const;
  return exportTable(w, columns, [
    ...r.steps.map((s) => [
      w.values[s.step],
      s.reached,
      s.conversion,
      s.rate,
      s.dropOff,
      s.step === 'won' ? r.revenue : null,
    ]),
    [w.values.disqualified, r.disqualified, null, null, null, null],
    [w.values.open, r.open, null, null, null, null],
  ]);
}
