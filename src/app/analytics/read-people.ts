import { dealsWhere } from '../../db/analytics/hygiene-sql.ts';
import { personEventCells, reportMembers } from '../../db/analytics/people-sql.ts';
import { people, type PersonRow } from '../../domain/analytics/people.ts';
import type { Deps } from '../context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';

export interface PeopleReport {
  filters: EchoedFilters;
  people: PersonRow[];
}

/**
 * Per person: what they did in the period (activities done, deals created, won, lost) and what
 * waits on them now (stuck deals, deals without a next step).
 */
export async function readPeople(
  input: ReportFilters,
  { actor, tx, clock }: Deps,
): Promise<PeopleReport> {
  const { scope } = await reportScope(tx, actor.workspaceId, input, clock.now());
  const members = await reportMembers(tx, scope);
  const cells = await personEventCells(tx, scope);
  const stuck = await dealsWhere(tx, scope, 'stuck');
  const withoutNextStep = await dealsWhere(tx, scope, 'without_next_step');
  return {
    filters: echoFilters(scope),
    people: people(
      members,
      cells,
      stuck.map((d) => d.ownerId),
      withoutNextStep.map((d) => d.ownerId),
    ),
  };
}
