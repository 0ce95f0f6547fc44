import { funnelCohort } from '../db/funnel-cohort.ts';
import { computeFunnel, type Funnel } from '../domain/funnel.ts';
import type { SourceFilter } from '../domain/channel-cost.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import {
  echoFilters,
  echoSource,
  type EchoedSource,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';
import { recordExport } from './record-export.ts';

export interface FunnelReport extends Funnel {
  filters: EchoedFilters;
  source: EchoedSource;
}

/** The funnel of the deals created in the period in one pipeline (of one source, if asked). */
export async function readFunnel(
  input: ReportFilters & SourceFilter & { pipelineId: string },
  { actor, tx, clock }: Deps,
): Promise<FunnelReport> {
  await recordExport({ actor, tx, clock }, 'funnel', input);
  const { scope, pipeline } = await reportScope(tx, actor, input, clock.now());
  const cohort = await funnelCohort(tx, scope, pipeline!.id, input);
  return {
    filters: echoFilters(scope),
    source: echoSource(input),
    ...computeFunnel(pipeline!.stages, cohort),
  };
}
