import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import { companies, contacts } from '../../accounts/index.ts';
import { memberships, workspaces } from '../../identity/index.ts';
import { leadKeys } from './lead-keys.ts';
import type { DealField } from '../../../contract/conveyor.ts';
import type { ActivityType } from '../../../contract/activities.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const pipelines = pgTable(
  'pipelines',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
  ],
);

/** A stored exit criterion; ids are stable so ticked checks keep pointing at them. */
export type StoredCriterion =
  | {
      id: string;
      kind: 'field';
      field: DealField;
      label: string;
    }
  | {
      id: string;
      kind: 'activity';
      activityType: ActivityType;
      label: string;
    }
  | { id: string; kind: 'check'; label: string }
  | { id: string; kind: 'nextActivity'; label: string };

export const stages = pgTable(
  'stages',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    pipelineId: uuid('pipeline_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    goal: text('goal').notNull().default(''),
    probability: integer('probability').notNull().default(0),
    rotDays: integer('rot_days'),
    role: text('role'),
    /** Skippable (API.md "The whole conveyor"): its gate applies only to deals that enter it. */
    optional: boolean('optional').notNull().default(false),
    guidance: text('guidance').notNull().default(''),
    // Criteria belong to their stage and are always read and written with it.
    exitCriteria: jsonb('exit_criteria').$type<StoredCriterion[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('stages_pipeline_idx').on(t.workspaceId, t.pipelineId, t.position),
    foreignKey({
      columns: [t.workspaceId, t.pipelineId],
      foreignColumns: [pipelines.workspaceId, pipelines.id],
    }),
  ],
);

export const lostReasons = pgTable(
  'lost_reasons',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    standard: text('standard').notNull(),
    /** Null: allowed at every stage. */
    stageIds: uuid('stage_ids').array(),
    /** A warm reason ("postponed", "budget next year"): revisit the deal after this many days. */
    revisitDays: integer('revisit_days'),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
  ],
);

export const deals = pgTable(
  'deals',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    pipelineId: uuid('pipeline_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    status: text('status').notNull().default('open'),
    value: numeric('value', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency').notNull(),
    companyId: uuid('company_id'),
    contactId: uuid('contact_id'),
    ownerId: uuid('owner_id'),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    sourceChannel: text('source_channel'),
    sourceMedium: text('source_medium'),
    sourceCampaign: text('source_campaign'),
    leadId: uuid('lead_id'),
    stageEnteredAt: at('stage_entered_at').notNull(),
    /** Last completed activity: with stageEnteredAt it tells whether the deal is idle (stuck). */
    lastActivityAt: at('last_activity_at'),
    /**
     * When the earliest planned (not completed) activity is due; null: the deal has no next
     * step. Kept by a trigger on activities (migration 0010, ADR 020), never written by the app.
     */
    nextActivityAt: at('next_activity_at'),
    closedAt: at('closed_at'),
    lostReasonId: uuid('lost_reason_id'),
    closeComment: text('close_comment'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // A board column pages by id: the index hands its first 50 over in order, no sort.
    index('deals_board_idx').on(t.workspaceId, t.pipelineId, t.status, t.stageId, t.id),
    // Reports over closed deals in a period (loss reasons, won) and open deals across pipelines.
    index('deals_closed_idx').on(t.workspaceId, t.status, t.closedAt),
    index('deals_owner_idx').on(t.workspaceId, t.ownerId, t.status),
    // Global search (ADR 031): the title as a substring (trigrams) and by its words; a deal is
    // also found by its company's name, through the company's deals.
    index('deals_search_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
    index('deals_search_words_idx').using('gin', sql`to_tsvector('simple', ${t.title})`),
    index('deals_search_prefix_idx').on(t.workspaceId, sql`(lower(${t.title}) collate "C")`),
    index('deals_company_idx').on(t.workspaceId, t.companyId),
    // State lamps count open deals from this index alone (stuck, without a next step, by source
    // or owner); a stage's stuck deals are one range of it: idle since before now − rot days.
    index('deals_open_idx')
      .on(
        t.workspaceId,
        t.stageId,
        sql`(greatest(${t.stageEnteredAt}, coalesce(${t.lastActivityAt}, ${t.stageEnteredAt})))`,
        t.pipelineId,
        t.ownerId,
        t.sourceChannel,
        t.sourceMedium,
        t.stageEnteredAt,
        t.lastActivityAt,
        t.nextActivityAt,
      )
      .where(sql`${t.status} = 'open'`),
    foreignKey({
      columns: [t.workspaceId, t.pipelineId],
      foreignColumns: [pipelines.workspaceId, pipelines.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.stageId],
      foreignColumns: [stages.workspaceId, stages.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.companyId],
      foreignColumns: [companies.workspaceId, companies.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.ownerId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
    foreignKey({
      columns: [t.workspaceId, t.lostReasonId],
      foreignColumns: [lostReasons.workspaceId, lostReasons.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.leadId],
      foreignColumns: [leadKeys.workspaceId, leadKeys.id],
    }),
  ],
);

export const dealChecks = pgTable(
  'deal_checks',
  {
    workspaceId: workspaceId(),
    dealId: uuid('deal_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    doneBy: uuid('done_by').notNull(),
    doneAt: at('done_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dealId, t.criterionId] }),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }),
  ],
);

export const activities = pgTable(
  'activities',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    dueAt: at('due_at'),
    doneAt: at('done_at'),
    outcome: text('outcome'),
    dealId: uuid('deal_id'),
    leadId: uuid('lead_id'),
    contactId: uuid('contact_id'),
    companyId: uuid('company_id'),
    ownerId: uuid('owner_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('activities_deal_idx').on(t.workspaceId, t.dealId, t.doneAt),
    index('activities_lead_idx')
      .on(t.workspaceId, t.leadId)
      .where(sql`${t.leadId} is not null`),
    index('activities_owner_idx')
      .on(t.workspaceId, t.ownerId, t.dueAt)
      .where(sql`${t.doneAt} is null`),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.companyId],
      foreignColumns: [companies.workspaceId, companies.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.ownerId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
    foreignKey({
      columns: [t.workspaceId, t.leadId],
      foreignColumns: [leadKeys.workspaceId, leadKeys.id],
    }),
  ],
);
