import { z } from 'zod';
import { Id, Timestamp } from '../../../../kernel/http/common-schemas.ts';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import { GOAL_MEASURES, GOAL_PERIODS } from '../../../../contract/analytics.ts';

const Measure = z
  .enum(GOAL_MEASURES)
  .describe(
    'activities_done (of activityType, or any), deals_created, deals_won, won_value (base currency), leads_worked (distinct leads moved a status step)',
  );
const Period = z.enum(GOAL_PERIODS).describe('The target is for every week or every month');

export const GoalSchema = z
  .object({
    id: Id,
    userId: Id,
    measure: Measure,
    activityType: z.enum(ACTIVITY_TYPES).nullable().describe('activities_done only; null: any'),
    period: Period,
    target: z.number().describe('A count, or for won_value an amount in the base currency'),
    updatedBy: Id,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.int(),
  })
  .meta({ id: 'Goal' });

export const GoalBody = z
  .object({
    userId: Id,
    measure: Measure,
    activityType: z.enum(ACTIVITY_TYPES).nullable().optional(),
    period: Period,
    target: z
      .number()
      .positive()
      .describe('Above 0: a whole number for counts, at most 2 decimals for won_value'),
  })
  .strict();

export const GoalQuery = z.object({ userId: Id.optional().describe("Only this person's goals") });
