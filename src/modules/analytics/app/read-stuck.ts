import { dealsWhere, overdueActivities } from '../db/hygiene-sql.ts';
import { hygieneByOwner, type OwnerHygiene } from '../domain/hygiene.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';
import { recordExport } from './record-export.ts';

export interface StuckReport {
  filters: EchoedFilters;
  asOf: Date;
  totals: { stuck: number; withoutNextStep: number; overdueActivities: number };
  owners: OwnerHygiene[];
}

/**
 * Hygiene now, per person: deals idle past their stage's rot days, open deals with no planned
 * activity, planned activities past due. A state, so the period does not narrow it.
 */
export async function readStuck(
  input: ReportFilters,
  { actor, tx, clock }: Deps,
): Promise<StuckReport> {
  await recordExport({ actor, tx, clock }, 'stuck', input);
  const { scope } = await reportScope(tx, actor, input, clock.now());
  const stuck = await dealsWhere(tx, scope, 'stuck');
  const withoutNextStep = await dealsWhere(tx, scope, 'without_next_step');
  const overdue = await overdueActivities(tx, scope);
  return {
    filters: echoFilters(scope),
    asOf: scope.now,
    totals: {
      stuck: stuck.length,
      withoutNextStep: withoutNextStep.length,
      overdueActivities: overdue.length,
    },
    owners: hygieneByOwner(stuck, withoutNextStep, overdue),
  };
}
