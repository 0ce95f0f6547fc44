import { isManager } from '../../../contract/roles.ts';
import { costsOfPeriod, sourceCells } from '../db/sources-sql.ts';
import { sources, type Sources } from '../domain/sources.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';
import type { SourceGrouping } from '../../../contract/analytics.ts';
import { recordExport } from './record-export.ts';

export interface SourcesReport extends Sources {
  filters: EchoedFilters;
  groupBy: SourceGrouping;
  /** Costs are per source, not per person: an owner or team filter leaves them out. */
  costsApplied: boolean;
}

/**
 * Sources → revenue: per channel, medium or campaign, the leads of the period and what they
 * became, the deals created without a lead, and what the source cost.
 */
export async function readSources(
  input: ReportFilters & { groupBy: SourceGrouping },
  { actor, tx, clock }: Deps,
): Promise<SourcesReport> {
  await recordExport({ actor, tx, clock }, 'sources', input);
  const { scope } = await reportScope(tx, actor, input, clock.now());
  const { cells, total } = await sourceCells(tx, scope, input.groupBy);
  // Costs are for the whole workspace (not one person's or team's share) and for managers only.
  const costsApplied = isManager(actor.role) && scope.ownerId === null && scope.teamId === null;
  const costs = costsApplied ? await costsOfPeriod(tx, scope) : null;
  return {
    filters: echoFilters(scope),
    groupBy: input.groupBy,
    costsApplied,
    ...sources(input.groupBy, cells, total, costs, scope),
  };
}
