import { CHANNELS, type Channel } from '../../../../contract/sources.ts';
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
  /** The source a report narrows to (funnel, lead funnel, loss reasons): each part given. */
  channel?: SourceChannel;
  medium?: string;
  campaign?: string;
}

export const SOURCE_CHANNELS = CHANNELS;
export type SourceChannel = Channel;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const date = (value: unknown) =>
  typeof value === 'string' && isLocalDate(value) ? value : undefined;
// As long as the API takes (src/http/schemas/reports.ts): a longer one would be refused.
const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' && value.trim().length <= max
    ? value.trim()
    : undefined;

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
  const channel = SOURCE_CHANNELS.find((c) => c === search.channel);
  const medium = text(search.medium, 100);
  const campaign = text(search.campaign, 200);
  if (channel) out.channel = channel;
  if (medium) out.medium = medium;
  if (campaign) out.campaign = campaign;
  return out;
}
