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

/** A sum of deal values in one currency and the same weighted by the chance of winning. */
export interface CurrencyTotal {
  currency: string;
  amount: number;
  weighted: number;
}

export interface StageTotal {
  stageId: string;
  count: number;
  /** One sum per currency the stage's deals are in, largest first. */
  values: CurrencyTotal[];
}

export interface DealStageTotals {
  stages: StageTotal[];
  /** Every stage together: the whole pipeline under the same filters. */
  pipeline: { count: number; values: CurrencyTotal[] };
}

// Sums of cents added as floats drift (0.1 + 0.2); each total is put back on the cent.
const cents = (n: number) => Math.round(n * 100) / 100;

const largestFirst = (a: CurrencyTotal, b: CurrencyTotal) =>
  b.amount - a.amount || a.currency.localeCompare(b.currency);

/**
 * Each stage's deal count, value and weighted value under the board's filters and the reader's
 * view of records, and the pipeline's; stages without deals are left out.
 */
export async function listDealStageTotals(
  input: ListDealStageTotalsInput,
  { actor, tx, clock }: Deps,
): Promise<DealStageTotals> {
  // Another workspace's pipeline id is as unknown here as one that never existed.
  if (!(await findPipeline(tx, actor.workspaceId, input.pipelineId))) throw notFound('pipeline');
  const rows = await dealStageTotals(
    tx,
    actor.workspaceId,
    { ...input, now: clock.now() },
    visibleOwners(actor),
  );
  const byStage = new Map<string, StageTotal>();
  const byCurrency = new Map<string, CurrencyTotal>();
  for (const row of rows) {
    const total = byStage.get(row.stageId) ?? { stageId: row.stageId, count: 0, values: [] };
    total.count += row.count;
    total.values.push({ currency: row.currency, amount: row.value, weighted: row.weighted });
    byStage.set(row.stageId, total);
    const sum = byCurrency.get(row.currency) ?? { currency: row.currency, amount: 0, weighted: 0 };
    sum.amount = cents(sum.amount + row.value);
    sum.weighted = cents(sum.weighted + row.weighted);
    byCurrency.set(row.currency, sum);
  }
  for (const total of byStage.values()) total.values.sort(largestFirst);
  return {
    stages: [...byStage.values()],
    pipeline: {
      count: rows.reduce((n, r) => n + r.count, 0),
      values: [...byCurrency.values()].sort(largestFirst),
    },
  };
}
