import { z } from 'zod';
import { Id } from './common.ts';
import { ReportFiltersSchema } from './reports.ts';

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
      }),
    ),
  })
  .meta({ id: 'PeopleReport' });
