import { funnelCohort } from '../../db/analytics/funnel-cohort.ts';
import { computeFunnel, type Funnel } from '../../domain/analytics/funnel.ts';
import type { Deps } from '../context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';

export interface FunnelReport extends Funnel {
  filters: EchoedFilters;
}

/** The funnel of the deals created in the period in one pipeline. */
export async function readFunnel(
  input: ReportFilters & { pipelineId: string },
  { actor, tx, clock }: Deps,
): Promise<FunnelReport> {
  const { scope, pipeline } = await reportScope(tx, actor.workspaceId, input, clock.now());
  const cohort = await funnelCohort(tx, scope, pipeline!.id);
  return { filters: echoFilters(scope), ...computeFunnel(pipeline!.stages, cohort) };
}
