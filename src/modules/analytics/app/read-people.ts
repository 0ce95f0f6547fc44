import { listGoals } from '../db/goals-repo.ts';
import { dealsWhere } from '../db/hygiene-sql.ts';
import { leadsWorkedByOwner } from '../db/leads-worked-sql.ts';
import { personEventCells, reportMembers } from '../db/people-sql.ts';
import { peopleWithGoals, type PersonGoal } from '../domain/people-goals.ts';
import { people, type PersonRow } from '../domain/people.ts';
import { localDate } from '../domain/report-period.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';
import type { ActivityType } from '../../../contract/activities.ts';
import type { GoalMeasure, GoalPeriod } from '../../../contract/analytics.ts';
import { recordExport } from './record-export.ts';

export interface PeopleReport {
  filters: EchoedFilters;
  people: (PersonRow & { goals: PersonGoal[] })[];
}

/**
 * Per person: what they did in the period (activities done, deals created, won, lost), what
 * waits on them now (stuck deals, deals without a next step), and how far they got towards
 * their goals, scaled to the period.
 */
export async function readPeople(
  input: ReportFilters,
  { actor, tx, clock }: Deps,
): Promise<PeopleReport> {
  requireManager(actor, 'Only a manager or an admin may see the people report.');
  await recordExport({ actor, tx, clock }, 'people', input);
  const { scope } = await reportScope(tx, actor, input, clock.now());
  const members = await reportMembers(tx, scope);
  const cells = await personEventCells(tx, scope);
  const stuck = await dealsWhere(tx, scope, 'stuck');
  const withoutNextStep = await dealsWhere(tx, scope, 'without_next_step');
  const rows = people(
    members,
    cells,
    stuck.map((d) => d.ownerId),
    withoutNextStep.map((d) => d.ownerId),
  );
  const stored = await listGoals(
    tx,
    scope.workspaceId,
    members.map((m) => m.userId),
  );
  const goals = stored.map((g) => ({
    ...g,
    measure: g.measure as GoalMeasure,
    activityType: g.activityType as ActivityType | null,
    period: g.period as GoalPeriod,
  }));
  const leadsWorked = goals.some((g) => g.measure === 'leads_worked')
    ? await leadsWorkedByOwner(tx, scope)
    : new Map<string, number>();
  return {
    filters: echoFilters(scope),
    people: peopleWithGoals(rows, goals, leadsWorked, scope, localDate(scope.now, scope.timezone)),
  };
}
