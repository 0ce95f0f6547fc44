import { lossCells } from '../db/loss-sql.ts';
import { lossReasons, type LossReasons } from '../domain/loss-reasons.ts';
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

export interface LossReasonsReport extends LossReasons {
  filters: EchoedFilters;
  source: EchoedSource;
}

/**
 * Why deals were lost in the period: by reason, stage, owner, source and month, with warnings
 * when one reason dominates or a reason's share keeps growing.
 */
export async function readLossReasons(
  input: ReportFilters & SourceFilter,
  { actor, tx, clock }: Deps,
): Promise<LossReasonsReport> {
  await recordExport({ actor, tx, clock }, 'loss-reasons', input);
  const { scope } = await reportScope(tx, actor, input, clock.now());
  return {
    filters: echoFilters(scope),
    source: echoSource(input),
    ...lossReasons(await lossCells(tx, scope, input)),
  };
}
