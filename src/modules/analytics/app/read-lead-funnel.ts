import { leadCohortCounts } from '../db/lead-funnel-sql.ts';
import type { SourceFilter } from '../domain/channel-cost.ts';
import { leadFunnel, type LeadFunnel } from '../domain/lead-funnel.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import {
  echoFilters,
  echoSource,
  reportScope,
  type EchoedFilters,
  type EchoedSource,
  type ReportFilters,
} from './report-scope.ts';
import { recordExport } from './record-export.ts';

export interface LeadFunnelReport extends LeadFunnel {
  filters: EchoedFilters;
  source: EchoedSource;
}

/**
 * The funnel of the leads created in the period: contacted, replied, MQL, SQL, converted and
 * won since. Owner and team filters are on the lead's owner; `pipelineId` narrows the deals.
 */
export async function readLeadFunnel(
  input: ReportFilters & SourceFilter,
  { actor, tx, clock }: Deps,
): Promise<LeadFunnelReport> {
  await recordExport({ actor, tx, clock }, 'lead-funnel', input);
  const { scope } = await reportScope(tx, actor, input, clock.now());
  return {
    filters: echoFilters(scope),
    source: echoSource(input),
    ...leadFunnel(await leadCohortCounts(tx, scope, input)),
  };
}
