import type { CohortDeal } from './funnel.ts';

/** The inflow of one source (channel + medium) into the pipeline. */
export interface SourceDrivers {
  channel: string | null;
  medium: string | null;
  leadsPerWeek: number;
  /** Share of the source's leads that become a deal in the pipeline; null: not measured. */
  leadToDeal: number | null;
  dealsPerWeekWithoutLead: number;
}

/** Conversion from a stage onward: to a later stage, or — for the last stage — to won. */
export interface StageDriver {
  stageId: string;
  name: string;
  conversion: number | null;
}

/** What drives the pipeline's result; measured, or as the user changed them. */
export interface Drivers {
  sources: SourceDrivers[];
  stages: StageDriver[];
  averageWonValue: number | null;
  /** Days from a deal's creation to its win. */
  cycleDays: number | null;
  /** Days from a lead's creation to its deal. */
  leadToDealDays: number | null;
}

/** How many deals decided each stage's conversion (passed it, or were lost there). */
export interface StageEvidence {
  stageId: string;
  /** Won, or reached a later stage. */
  passed: number;
  /** Lost with this as the furthest stage reached. */
  failed: number;
}

export const round = (n: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
};

export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 4);
}

/**
 * Each stage's conversion measured on decided deals only, so a young cohort (many deals still
 * open) is not read as a poor one: of the deals that reached the stage, those that passed it
 * (reached a later stage, or were won) against those lost with it as their furthest stage.
 * Open deals count as passed for the stages behind them and are undecided at their furthest.
 * The product of the conversions is then the chance that a new deal is won.
 */
export function stageConversions(
  stages: readonly { id: string; name: string }[],
  cohort: readonly CohortDeal[],
): { drivers: StageDriver[]; evidence: StageEvidence[] } {
  const furthest = cohort.map((deal) => {
    let index = 0;
    stages.forEach((s, i) => {
      if (deal.reachedStageIds.has(s.id)) index = i;
    });
    return { status: deal.status, index };
  });
  const evidence = stages.map((stage, i) => ({
    stageId: stage.id,
    passed: furthest.filter((d) => d.status === 'won' || d.index > i).length,
    failed: furthest.filter((d) => d.status === 'lost' && d.index === i).length,
  }));
  return {
    drivers: stages.map((stage, i) => ({
      stageId: stage.id,
      name: stage.name,
      conversion: rate(evidence[i]!.passed, evidence[i]!.passed + evidence[i]!.failed),
    })),
    evidence,
  };
}

/** The chance that a new deal is won: the product of the stage conversions (unmeasured: 0). */
export function winRate(stages: readonly StageDriver[]): number {
  return stages.reduce((p, s) => p * (s.conversion ?? 0), stages.length === 0 ? 0 : 1);
}
