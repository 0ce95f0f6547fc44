import { goalProgress, type GoalDefinition, type GoalProgress } from './goals.ts';
import type { ReportPeriod } from './report-period.ts';
import type { PersonRow } from './people.ts';

export interface StoredGoal extends GoalDefinition {
  id: string;
  userId: string;
}

export interface PersonGoal extends GoalDefinition, GoalProgress {
  goalId: string;
}

/** What the person did on the goal's measure in the period, from their row of the report. */
export function goalActual(goal: GoalDefinition, row: PersonRow, leadsWorked: number): number {
  switch (goal.measure) {
    case 'activities_done': {
      const type = goal.activityType as keyof PersonRow['activities'] | null;
      return type && type in row.activities ? row.activities[type] : row.activities.total;
    }
    case 'deals_created':
      return row.dealsCreated;
    case 'deals_won':
      return row.won.count;
    case 'won_value':
      return row.won.value;
    case 'leads_worked':
      return leadsWorked;
  }
}

/** Each person's goals with how far they got in the period (people without goals: none). */
export function peopleWithGoals(
  rows: readonly PersonRow[],
  goals: readonly StoredGoal[],
  leadsWorked: ReadonlyMap<string, number>,
  period: ReportPeriod,
  today: string,
): (PersonRow & { goals: PersonGoal[] })[] {
  return rows.map((row) => ({
    ...row,
    goals: goals
      .filter((g) => row.userId !== null && g.userId === row.userId)
      .map((g) => ({
        goalId: g.id,
        measure: g.measure,
        activityType: g.activityType,
        period: g.period,
        target: g.target,
        ...goalProgress(g, period, goalActual(g, row, leadsWorked.get(g.userId) ?? 0), today),
      })),
  }));
}
