import { isLocalDate } from './report-periods.ts';

/**
 * The filters of every report, kept in the address (`/reports/funnel?pipelineId=…&from=…`), so
 * a link reproduces the view and moving between reports keeps them.
 */
export interface ReportSearch {
  pipelineId?: string;
  from?: string;
  to?: string;
  ownerId?: string;
  teamId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const date = (value: unknown) =>
  typeof value === 'string' && isLocalDate(value) ? value : undefined;

/** Keeps the well-formed filters of a pasted address and drops the rest. */
export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const out: ReportSearch = {};
  const pipelineId = id(search.pipelineId);
  const ownerId = id(search.ownerId);
  const teamId = id(search.teamId);
  const from = date(search.from);
  const to = date(search.to);
  if (pipelineId) out.pipelineId = pipelineId;
  // A period is both ends or none: one end alone would mean the API's default for the other.
  if (from && to) Object.assign(out, { from, to });
  if (ownerId) out.ownerId = ownerId;
  if (teamId) out.teamId = teamId;
  return out;
}
