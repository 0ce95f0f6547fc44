import type { LeadFunnelReport } from '../../app/read-lead-funnel.ts';
import type { ReportTable } from '../../../../kernel/http/report-files.ts';

/** One row per step, then the disqualified and the still open. */
export function leadFunnelTable(r: LeadFunnelReport): ReportTable {
  return {
    columns: ['row', 'reached', 'conversion', 'rate', 'drop_off', 'revenue'],
    rows: [
      ...r.steps.map((s) => [
        s.step,
        s.reached,
        s.conversion,
        s.rate,
        s.dropOff,
        s.step === 'won' ? r.revenue : null,
      ]),
      ['disqualified', r.disqualified, null, null, null, null],
      ['open', r.open, null, null, null, null],
    ],
  };
}
