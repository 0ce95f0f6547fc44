import { cycleTime, cycleTimeByMonth, timeInStages } from '../db/velocity-sql.ts';
import {
  durationStats,
  stageVelocity,
  type DurationStats,
  type StageVelocity,
} from '../domain/velocity.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';
import { recordExport } from './record-export.ts';

export interface VelocityReport {
  filters: EchoedFilters;
  stages: StageVelocity[];
  cycle: { won: DurationStats; lost: DurationStats };
  months: { month: string; won: DurationStats; lost: DurationStats }[];
}

/** How fast deals move: days in each stage, cycle time to won and lost, month by month. */
export async function readVelocity(
  input: ReportFilters & { pipelineId: string },
  { actor, tx, clock }: Deps,
): Promise<VelocityReport> {
  await recordExport({ actor, tx, clock }, 'velocity', input);
  const { scope, pipeline } = await reportScope(tx, actor, input, clock.now());
  const pipelineId = pipeline!.id;
  const inStages = await timeInStages(tx, scope, pipelineId);
  const won = await cycleTime(tx, scope, pipelineId, 'deal.won');
  const lost = await cycleTime(tx, scope, pipelineId, 'deal.lost');
  const wonByMonth = await cycleTimeByMonth(tx, scope, pipelineId, 'deal.won');
  const lostByMonth = await cycleTimeByMonth(tx, scope, pipelineId, 'deal.lost');
  const months = [...new Set([...wonByMonth.keys(), ...lostByMonth.keys()])].sort();
  return {
    filters: echoFilters(scope),
    stages: stageVelocity(pipeline!.stages, inStages),
    cycle: { won: durationStats(won), lost: durationStats(lost) },
    months: months.map((month) => ({
      month,
      won: durationStats(wonByMonth.get(month)),
      lost: durationStats(lostByMonth.get(month)),
    })),
  };
}
