import { queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type Goal = components['schemas']['Goal'];
export type GoalMeasure = Goal['measure'];
export type GoalPeriod = Goal['period'];
export type PersonGoal = components['schemas']['PersonGoal'];

export const GOAL_MEASURES: GoalMeasure[] = [
  'activities_done',
  'deals_created',
  'deals_won',
  'won_value',
  'leads_worked',
];

export const goalsQuery = queryOptions({
  queryKey: ['goals', 'list'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/goals'))).items,
});

export interface GoalInput {
  userId: string;
  measure: GoalMeasure;
  activityType: Goal['activityType'];
  period: GoalPeriod;
  target: number;
}

/** Sets the goal of a person, measure and period; editing one sends its version (412 if stale). */
export function setGoal(body: GoalInput, version?: number): Promise<Goal> {
  return unwrap(
    api.PUT('/api/v1/goals', {
      body,
      ...(version === undefined ? {} : { headers: ifMatch(version) }),
    }),
  );
}

export function deleteGoal(goal: Goal): Promise<unknown> {
  return unwrap(
    api.DELETE('/api/v1/goals/{id}', {
      params: { path: { id: goal.id } },
      headers: ifMatch(goal.version),
    }),
  );
}
