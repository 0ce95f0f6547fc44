import type { DealStatus } from '../../../contract/conveyor.ts';
/** One deal of a funnel's cohort: where it has been and how it stands now. */
export interface CohortDeal {
  status: DealStatus;
  value: number | null;
  reachedStageIds: ReadonlySet<string>;
}

export interface FunnelStage {
  stageId: string;
  name: string;
  /** Deals that entered the stage at any point. */
  reached: number;
  /** Deals that entered the stage and every stage before it. */
  reachedInOrder: number;
  /** reached / reached at the previous stage (the cohort for the first); null without a base. */
  conversion: number | null;
  conversionInOrder: number | null;
  /** Deals that reached the previous stage (the cohort for the first) but not this one. */
  dropOff: number;
  value: number;
  valueInOrder: number;
}

export interface Funnel {
  entered: number;
  enteredValue: number;
  stages: FunnelStage[];
  won: { count: number; value: number; rate: number | null };
  lost: { count: number; value: number; rate: number | null };
  open: { count: number; value: number };
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

const money = (n: number) => Math.round(n * 100) / 100;

function sumValues(deals: CohortDeal[]): number {
  return money(deals.reduce((s, d) => s + (d.value ?? 0), 0));
}

/** The funnel of a cohort over the pipeline's stages in order. */
export function computeFunnel(
  stages: readonly { id: string; name: string }[],
  cohort: readonly CohortDeal[],
): Funnel {
  const all = [...cohort];
  let previous = all;
  let previousInOrder = all;
  const rows: FunnelStage[] = stages.map((stage) => {
    const reached = all.filter((d) => d.reachedStageIds.has(stage.id));
    const inOrder = previousInOrder.filter((d) => d.reachedStageIds.has(stage.id));
    const row: FunnelStage = {
      stageId: stage.id,
      name: stage.name,
      reached: reached.length,
      reachedInOrder: inOrder.length,
      conversion: ratio(reached.length, previous.length),
      conversionInOrder: ratio(inOrder.length, previousInOrder.length),
      dropOff: previous.filter((d) => !d.reachedStageIds.has(stage.id)).length,
      value: sumValues(reached),
      valueInOrder: sumValues(inOrder),
    };
    previous = reached;
    previousInOrder = inOrder;
    return row;
  });
  const by = (status: CohortDeal['status']) => all.filter((d) => d.status === status);
  const won = by('won');
  const lost = by('lost');
  const open = by('open');
  return {
    entered: all.length,
    enteredValue: sumValues(all),
    stages: rows,
    won: { count: won.length, value: sumValues(won), rate: ratio(won.length, all.length) },
    lost: { count: lost.length, value: sumValues(lost), rate: ratio(lost.length, all.length) },
    open: { count: open.length, value: sumValues(open) },
  };
}
