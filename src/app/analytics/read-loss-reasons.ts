import { lossCells } from '../../db/analytics/loss-sql.ts';
import { lossReasons, type LossReasons } from '../../domain/analytics/loss-reasons.ts';
import type { Deps } from '../context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';

export interface LossReasonsReport extends LossReasons {
  filters: EchoedFilters;
}

/** Why deals were lost in the period: by reason, stage and owner, with a dominance warning. */
export async function readLossReasons(
  input: ReportFilters,
  { actor, tx, clock }: Deps,
): Promise<LossReasonsReport> {
  const { scope } = await reportScope(tx, actor.workspaceId, input, clock.now());
  return { filters: echoFilters(scope), ...lossReasons(await lossCells(tx, scope)) };
}
