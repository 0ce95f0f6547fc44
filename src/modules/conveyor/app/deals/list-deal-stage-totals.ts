import { visibleOwners } from '../../../identity/index.ts';
import { dealStageTotals } from '../../db/deal-stage-totals.ts';
import { findPipeline } from '../../db/pipelines-repo.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

export interface ListDealStageTotalsInput {
  pipelineId: string;
  status: 'open' | 'won' | 'lost' | null;
  ownerId: string | null;
  teamId: string | null;
  stuck: boolean | null;
  noNextActivity: boolean | null;
}

export interface StageTotal {
  stageId: string;
  count: number;
  /** One sum per currency the stage's deals are in, largest first. */
  values: { currency: string; amount: number }[];
}

/** Each stage's deal count and value under the board's filters; stages without deals are left out. */
export async function listDealStageTotals(
  input: ListDealStageTotalsInput,
  { actor, tx, clock }: Deps,
): Promise<StageTotal[]> {
  // Another workspace's pipeline id is as unknown here as one that never existed.
  if (!(await findPipeline(tx, actor.workspaceId, input.pipelineId))) throw notFound('pipeline');
  const rows = await dealStageTotals(
    tx,
    actor.workspaceId,
    { ...input, now: clock.now() },
    visibleOwners(actor),
  );
  const byStage = new Map<string, StageTotal>();
  for (const row of rows) {
    const total = byStage.get(row.stageId) ?? { stageId: row.stageId, count: 0, values: [] };
    total.count += row.count;
    total.values.push({ currency: row.currency, amount: row.value });
    byStage.set(row.stageId, total);
  }
  for (const total of byStage.values()) total.values.sort((a, b) => b.amount - a.amount);
  return [...byStage.values()];
}
