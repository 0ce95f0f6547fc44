import type { FunnelReport } from '../../app/analytics/read-funnel.ts';
import type { ReportTable } from '../report-files.ts';

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
