import type { listGoals } from '../../app/list-goals.ts';
import type { ActivityType } from '../../../../contract/activities.ts';
import type { GoalMeasure, GoalPeriod } from '../../../../contract/analytics.ts';

type Goal = Awaited<ReturnType<typeof listGoals>>[number];

export function presentGoal(g: Goal) {
  return {
    id: g.id,
    userId: g.userId,
    measure: g.measure as GoalMeasure,
    activityType: g.activityType as ActivityType | null,
    period: g.period as GoalPeriod,
    target: g.target,
    updatedBy: g.updatedBy,
    createdAt: g.createdAt.toISOString(),
    updatedAt: g.updatedAt.toISOString(),
    version: g.version,
  };
}
