import { z } from 'zod';
import { DEAL_OUTCOMES, MOVE_DIRECTIONS, OVERRIDE_ACTIONS } from '../../../../contract/conveyor.ts';
import { EVENT_TYPES } from '../../../../contract/event-types.ts';
import { Id, Timestamp } from '../../../../kernel/http/common-schemas.ts';

const StageRef = z
  .object({ id: Id, name: z.string().nullable().describe('Null: the stage has been removed') })
  .meta({ id: 'HistoryStageRef' });

export const DealHistoryItemSchema = z
  .object({
    id: Id,
    type: z.enum(EVENT_TYPES),
    occurredAt: Timestamp,
    actor: z
      .object({ id: Id, name: z.string() })
      .nullable()
      .describe('Who did it; null for the system'),
    stage: StageRef.nullable().describe('The stage the deal was in after this event'),
    fromStage: StageRef.nullable().describe('Moves and move overrides: the stage it left'),
    toStage: StageRef.nullable().describe('Moves and move overrides: the stage it entered'),
    direction: z.enum(MOVE_DIRECTIONS).nullable().describe('deal.stage_entered by a move'),
    secondsInPreviousStage: z
      .number()
      .int()
      .nullable()
      .describe('deal.stage_entered by a move: how long it stayed in the stage it left'),
    override: z
      .object({
        reason: z.string(),
        on: z.enum(OVERRIDE_ACTIONS),
        unmet: z.array(
          z.object({
            stageId: Id,
            criterionId: Id.nullable(),
            kind: z.string(),
            label: z.string(),
          }),
        ),
      })
      .nullable()
      .describe('deal.gate_overridden: the written reason and the criteria it skipped'),
    lostReason: z
      .object({ id: Id, name: z.string() })
      .nullable()
      .describe('deal.lost: the reason (its current name)'),
    comment: z.string().nullable().describe('deal.won and deal.lost: the closing comment'),
    previousStatus: z.enum(DEAL_OUTCOMES).nullable().describe('deal.reopened: what it was before'),
    activity: z
      .object({
        id: Id,
        type: z.string(),
        subject: z.string().nullable().describe('Null: the activity is gone'),
        logged: z
          .boolean()
          .describe('activity.created: recorded as already done (an activity.completed follows)'),
      })
      .nullable(),
    changedFields: z
      .array(z.string())
      .nullable()
      .describe('deal.updated: the names of the fields that changed'),
    amount: z
      .number()
      .nullable()
      .describe("The deal's value in the workspace currency at the time, where the event has one"),
  })
  .meta({ id: 'DealHistoryItem' });
