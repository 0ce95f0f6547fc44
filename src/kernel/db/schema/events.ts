import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { workspaceId } from './columns.ts';

/** Append-only log of business facts (DESIGN.md, "The event log"). A trigger refuses UPDATE and DELETE. */
export const events = pgTable(
  'events',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    actorId: uuid('actor_id'),
    leadId: uuid('lead_id'),
    dealId: uuid('deal_id'),
    contactId: uuid('contact_id'),
    companyId: uuid('company_id'),
    activityId: uuid('activity_id'),
    ownerId: uuid('owner_id'),
    teamId: uuid('team_id'),
    pipelineId: uuid('pipeline_id'),
    stageId: uuid('stage_id'),
    fromStageId: uuid('from_stage_id'),
    channel: text('channel'),
    medium: text('medium'),
    campaign: text('campaign'),
    activityType: text('activity_type'),
    amount: numeric('amount', { precision: 18, scale: 2, mode: 'number' }),
    durationSeconds: bigint('duration_seconds', { mode: 'number' }),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('events_type_time_idx').on(t.workspaceId, t.type, t.occurredAt),
    index('events_deal_idx')
      .on(t.workspaceId, t.dealId, t.occurredAt)
      .where(sql`${t.dealId} is not null`),
    index('events_lead_idx')
      .on(t.workspaceId, t.leadId, t.occurredAt)
      .where(sql`${t.leadId} is not null`),
  ],
);

/**
 * Weekly rollup of the event log, maintained in the same transaction as each append, so a
 * dashboard reads weeks × types rows instead of millions of events. week_start is the Monday of
 * the ISO week in the workspace's time zone.
 */
export const eventRollups = pgTable(
  'event_rollups',
  {
    workspaceId: workspaceId(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    type: text('type').notNull(),
    ownerId: uuid('owner_id'),
    teamId: uuid('team_id'),
    pipelineId: uuid('pipeline_id'),
    stageId: uuid('stage_id'),
    channel: text('channel'),
    medium: text('medium'),
    activityType: text('activity_type'),
    count: integer('count').notNull(),
    amountSum: numeric('amount_sum', { precision: 20, scale: 2, mode: 'number' }).notNull(),
    durationSum: bigint('duration_sum', { mode: 'number' }).notNull(),
  },
  (t) => [
    unique('event_rollups_key')
      .on(
        t.workspaceId,
        t.weekStart,
        t.type,
        t.ownerId,
        t.teamId,
        t.pipelineId,
        t.stageId,
        t.channel,
        t.medium,
        t.activityType,
      )
      .nullsNotDistinct(),
    // A lamp reads one type over a span of weeks; the key above leads with the week.
    index('event_rollups_type_idx').on(t.workspaceId, t.type, t.weekStart),
  ],
);

/**
 * Closed weeks' values of metrics that cannot be rolled up (medians), stored on first read so a
 * dashboard computes only the live week from the log. `events` is how many events of the
 * metric's type the week held when the value was computed: the log is append-only, so a
 * different count means a late event arrived and the value is computed again (ADR 020).
 */
export const metricWeekValues = pgTable(
  'metric_week_values',
  {
    workspaceId: workspaceId(),
    /** The metric leaf in canonical JSON (keys sorted), e.g. a median with its filter. */
    leaf: text('leaf').notNull(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    value: doublePrecision('value'),
    events: integer('events').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.leaf, t.weekStart] })],
);
