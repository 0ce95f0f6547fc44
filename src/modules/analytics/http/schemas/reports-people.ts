import { z } from 'zod';
import { Id } from '../../../../kernel/http/common-schemas.ts';
import { GoalSchema } from './goals.ts';
import { ReportFiltersSchema } from './reports.ts';
import { GOAL_STATUSES } from '../../../../contract/analytics.ts';

const PersonGoal = z
  .object({
    goalId: Id,
    measure: GoalSchema.shape.measure,
    activityType: GoalSchema.shape.activityType,
    period: GoalSchema.shape.period,
    target: z.number().describe('Per week or month, as set'),
    periodTarget: z.number().describe('The target scaled to the report period'),
    actual: z.number().describe('What the person did on the measure in the period'),
    progress: z.number().nullable().describe('actual / periodTarget (4 decimals)'),
    expectedToDate: z
      .number()
      .describe("The share of the period's target due by today at an even pace"),
    status: z
      .enum(GOAL_STATUSES)
      .describe('met: target reached; on_track: at least the even pace by today; behind'),
  })
  .meta({ id: 'PersonGoal' });

export const PeopleReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    people: z.array(
      z.object({
        userId: Id.nullable().describe('null: work without an owner'),
        name: z.string().nullable(),
        activities: z
          .object({
            call: z.int(),
            meeting: z.int(),
            email: z.int(),
            task: z.int(),
            total: z.int(),
          })
          .describe('Activities completed in the period, by type'),
        dealsCreated: z.int(),
        won: z.object({ count: z.int(), value: z.number() }),
        lost: z.int().describe('Losses recorded in the period'),
        stuck: z.int().describe('Open deals idle past their rot days, now'),
        withoutNextStep: z.int().describe('Open deals with no planned activity, now'),
        goals: z.array(PersonGoal).describe("The person's goals against the period"),
      }),
    ),
  })
  .meta({ id: 'PeopleReport' });
