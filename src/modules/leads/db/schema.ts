import { sql, type AnyColumn } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { LEGACY_FIELD_RULES, type FormFieldRules } from '../domain/form-fields.ts';
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import { companies, contacts } from '../../accounts/index.ts';
import { memberships, workspaces } from '../../identity/index.ts';
import { OPEN_LEAD_STATUSES } from '../../../contract/leads.ts';

type LeadText = { name: AnyColumn; companyName: AnyColumn; email: AnyColumn };
/** What a lead is found by as a substring: name, company name and e-mail, lower-cased. */
export const leadSearchText = (t: LeadText) =>
  sql`lower(${t.name} || ' ' || coalesce(${t.companyName}, '') || ' ' || coalesce(${t.email}, ''))`;
/** The words of a lead's name and company name, for the full-text match. */
export const leadWords = (t: Omit<LeadText, 'email'>) =>
  sql`to_tsvector('simple', ${t.name} || ' ' || coalesce(${t.companyName}, ''))`;

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** An enquiry or a prospect, from first contact until it is converted or disqualified. */
export const leads = pgTable(
  'leads',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    companyName: text('company_name'),
    email: text('email'),
    phone: text('phone'),
    /** The enquiry's own words (web form message), kept with the lead. */
    message: text('message'),
    sourceChannel: text('source_channel').notNull(),
    sourceMedium: text('source_medium'),
    sourceCampaign: text('source_campaign'),
    status: text('status').notNull(),
    ownerId: uuid('owner_id'),
    contactId: uuid('contact_id'),
    companyId: uuid('company_id'),
    /** The reason's name when the lead was disqualified (kept if the reason is renamed). */
    disqualifyReason: text('disqualify_reason'),
    disqualificationReasonId: uuid('disqualification_reason_id'),
    disqualifyComment: text('disqualify_comment'),
    /** No foreign key: deals.lead_id carries the link with integrity (and avoids a cycle). */
    convertedDealId: uuid('converted_deal_id'),
    firstContactedAt: at('first_contacted_at'),
    closedAt: at('closed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // Inbox: newest first, by status / owner / channel; unassigned queue; owner load counts.
    index('leads_inbox_idx').on(t.workspaceId, t.createdAt, t.id),
    index('leads_status_idx').on(t.workspaceId, t.status, t.createdAt),
    index('leads_owner_idx').on(t.workspaceId, t.ownerId, t.status),
    index('leads_channel_idx').on(t.workspaceId, t.sourceChannel, t.createdAt),
    index('leads_unassigned_idx')
      .on(t.workspaceId, t.createdAt, t.id)
      .where(sql`${t.ownerId} is null and ${t.closedAt} is null`),
    // The open-leads lamp counts by source and owner from this index alone.
    index('leads_open_idx')
      .on(t.workspaceId, t.sourceChannel, t.sourceMedium, t.ownerId)
      .where(sql.raw(`status in (${OPEN_LEAD_STATUSES.map((s) => `'${s}'`).join(', ')})`)),
    index('leads_email_idx').on(t.workspaceId, t.email),
    index('leads_phone_idx').on(t.workspaceId, t.phone),
    // Global search (ADR 031): name, company name and e-mail as a substring, name and company
    // name by their words.
    index('leads_search_trgm_idx').using('gin', sql`${leadSearchText(t)} gin_trgm_ops`),
    index('leads_search_words_idx').using('gin', leadWords(t)),
    index('leads_search_prefix_idx').on(t.workspaceId, sql`(lower(${t.name}) collate "C")`),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
    foreignKey({
      columns: [t.workspaceId, t.ownerId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.companyId],
      foreignColumns: [companies.workspaceId, companies.id],
    }),
  ],
);

/**
 * Why a lead may be disqualified: a fixed list per workspace, each reason with its usage
 * standard (like loss reasons). A warm reason plans a revisit of the lead after `revisitDays`.
 */
export const disqualificationReasons = pgTable(
  'disqualification_reasons',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    standard: text('standard').notNull(),
    /** Null: a cold reason; else the lead is worth a new try after this many days. */
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

/**
 * Round-robin state of a workspace's lead routing. Its row is also the lock that serialises
 * every assignment in the workspace (SELECT … FOR UPDATE), so limits hold under concurrency.
 */
export const leadRouting = pgTable(
  'lead_routing',
  {
    workspaceId: uuid('workspace_id').primaryKey(),
    lastAssignedUserId: uuid('last_assigned_user_id'),
  },
  (t) => [foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] })],
);

/** A web form whose public submissions become inbound leads. */
export const forms = pgTable(
  'forms',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    /** The public part of the submission URL; unique across workspaces. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    medium: text('medium'),
    campaign: text('campaign'),
    redirectUrl: text('redirect_url'),
    thankYouText: text('thank_you_text'),
    /** Each field shown in the snippet or not, required on submission or not. */
    fields: jsonb('fields').$type<FormFieldRules>().notNull().default(LEGACY_FIELD_RULES),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('forms_key_key').on(t.key),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
    foreignKey({
      columns: [t.workspaceId, t.createdBy],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);

/** Call events received from telephony, one per call id: a repeated delivery changes nothing. */
export const telephonyCalls = pgTable(
  'telephony_calls',
  {
    workspaceId: workspaceId(),
    callId: text('call_id').notNull(),
    direction: text('direction').notNull(),
    status: text('status').notNull(),
    fromNumber: text('from_number').notNull(),
    toNumber: text('to_number').notNull(),
    startedAt: at('started_at').notNull(),
    durationSeconds: integer('duration_seconds'),
    /** What the first delivery did (matched records, activity, task, lead), answered again as is. */
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.callId] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
  ],
);
