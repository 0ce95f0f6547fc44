import { funnelCohort } from '../db/funnel-cohort.ts';
import { cycleTime } from '../db/velocity-sql.ts';
import { leadToDealTime, sourceInflow, wonInPeriod, type SourceInflow } from '../db/what-if-sql.ts';
import { localDate } from '../domain/report-period.ts';
import { levers, project, type Lever, type Projection } from '../domain/what-if.ts';
import {
  rate,
  round,
  stageConversions,
  winRate,
  type Drivers,
  type StageEvidence,
} from '../domain/what-if-drivers.ts';
import { applyOverrides, type DriverOverrides } from '../domain/what-if-overrides.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';
import { recordExport } from './record-export.ts';

export interface WhatIfInput extends ReportFilters {
  pipelineId: string;
  /** How many months to project, from the first day of next month. */
  horizon: number;
  overrides: DriverOverrides;
}

export interface WhatIfReport extends Projection {
  filters: EchoedFilters;
  /** The first day projected: the first of next month (workspace time zone). */
  start: string;
  horizon: number;
  /** The period's length in weeks: the base of the per-week drivers. */
  weeks: number;
  measured: {
    sources: SourceInflow[];
    stages: StageEvidence[];
    won: { count: number; valued: number };
    cycle: { count: number };
    leadToDeal: { count: number };
  };
  baseline: Drivers;
  scenario: Drivers;
  winRate: { baseline: number; scenario: number };
  levers: Lever[];
}

const days = (seconds: number | null | undefined) =>
  seconds === null || seconds === undefined ? null : round(seconds / 86_400, 2);

function nextMonthStart(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/**
 * The pipeline's drivers measured over the period (inflow per source, conversion at each stage,
 * average won value, cycle times), projected month by month as they are and as the user changed
 * them, with the gain of making each driver 10 % better.
 */
export async function readWhatIf(
  input: WhatIfInput,
  { actor, tx, clock }: Deps,
): Promise<WhatIfReport> {
  await recordExport({ actor, tx, clock }, 'what-if', input);
  const { scope, pipeline } = await reportScope(tx, actor, input, clock.now());
  const pipelineId = pipeline!.id;
  const periodDays = (Date.parse(scope.to) - Date.parse(scope.from)) / 86_400_000 + 1;
  const weeks = round(periodDays / 7, 4);
  const inflow = await sourceInflow(tx, scope, pipelineId);
  const stages = stageConversions(pipeline!.stages, await funnelCohort(tx, scope, pipelineId));
  const won = await wonInPeriod(tx, scope, pipelineId);
  const cycle = await cycleTime(tx, scope, pipelineId, 'deal.won');
  const leadToDeal = await leadToDealTime(tx, scope, pipelineId);
  const baseline: Drivers = {
    sources: inflow.map((s) => ({
      channel: s.channel,
      medium: s.medium,
      leadsPerWeek: round((s.leads * 7) / periodDays, 2),
      leadToDeal: rate(s.converted, s.decided),
      dealsPerWeekWithoutLead: round((s.dealsWithoutLead * 7) / periodDays, 2),
    })),
    stages: stages.drivers,
    averageWonValue: won.average === null ? null : round(won.average, 2),
    cycleDays: days(cycle?.median),
    leadToDealDays: days(leadToDeal.median),
  };
  const scenario = applyOverrides(baseline, input.overrides);
  const start = nextMonthStart(localDate(scope.now, scope.timezone));
  return {
    filters: echoFilters(scope),
    start,
    horizon: input.horizon,
    weeks,
    measured: {
      sources: inflow,
      stages: stages.evidence,
      won: { count: won.count, valued: won.valued },
      cycle: { count: cycle?.count ?? 0 },
      leadToDeal: { count: leadToDeal.count },
    },
    baseline,
    scenario,
    winRate: {
      baseline: round(winRate(baseline.stages), 4),
      scenario: round(winRate(scenario.stages), 4),
    },
    ...project(baseline, scenario, start, input.horizon),
    levers: levers(baseline, scenario, start, input.horizon),
  };
}
