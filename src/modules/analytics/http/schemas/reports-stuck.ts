import { z } from 'zod';
import { Id, Timestamp } from '../../../../kernel/http/common-schemas.ts';
import { ReportFiltersSchema } from './reports.ts';

const HygieneDeal = z
  .object({
    dealId: Id,
    title: z.string(),
    stageId: Id,
    stageName: z.string(),
    idleDays: z.number().describe('Days since the last activity or stage entry'),
  })
  .meta({ id: 'HygieneDeal' });

export const StuckReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    asOf: Timestamp,
    totals: z.object({
      stuck: z.int(),
      withoutNextStep: z.int(),
      overdueActivities: z.int(),
    }),
    owners: z.array(
      z.object({
        ownerId: Id.nullable(),
        ownerName: z.string().nullable(),
        stuck: z.array(HygieneDeal).describe("Idle longer than their stage's rot days"),
        withoutNextStep: z.array(HygieneDeal).describe('Open, with no planned activity'),
        overdueActivities: z.array(
          z.object({
            activityId: Id,
            type: z.string(),
            subject: z.string(),
            dueAt: Timestamp,
            dealId: Id.nullable(),
            dealTitle: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'StuckReport' });
