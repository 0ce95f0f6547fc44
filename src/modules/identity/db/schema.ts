import { sql } from 'drizzle-orm';
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
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import type { FirstStepsMarks } from '../domain/types.ts';

export interface WorkspaceSettings {
  requireNextActivity: boolean;
  /** ISO 3166 country used to read phone numbers written without a +prefix. */
  defaultCountry: string | null;
  /** Base-currency units per unit of another currency; absent in workspaces made before rates. */
  exchangeRates?: Record<string, number>;
  /** The first-steps checklist's own marks (the onboarding module): pages seen, dismissed. */
  firstSteps?: FirstStepsMarks;
}

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  locale: text('locale').notNull(),
  timezone: text('timezone').notNull(),
  currency: text('currency').notNull(),
  settings: jsonb('settings').$type<WorkspaceSettings>().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/** A person who can sign in; identity is global, access is per workspace (memberships). */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    locale: text('locale'),
    /** Where the next sign-in lands: set on sign-in and on a switch of workspace. */
    lastWorkspaceId: uuid('last_workspace_id').references(() => workspaces.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

export const teams = pgTable(
  'teams',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('teams_name_key').on(t.workspaceId, sql`lower(${t.name})`),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: workspaceId(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    salesRoles: text('sales_roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    teamId: uuid('team_id'),
    leadLimit: integer('lead_limit'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }),
    foreignKey({
      columns: [t.workspaceId, t.teamId],
      foreignColumns: [teams.workspaceId, teams.id],
    }),
  ],
);

/** Browser sessions. The id is the SHA-256 of the cookie value; the value itself is never stored. */
export const sessions = pgTable(
  'sessions',
  {
    workspaceId: workspaceId(),
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }).onDelete('cascade'),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('api_tokens_hash_key').on(t.tokenHash),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);

/**
 * An admin's invitation of an existing account into the workspace (ADR 026). Until the person
 * accepts, the workspace knows only the e-mail it typed; accepting creates the membership with
 * the role, sales roles, team and lead limit stored here.
 */
export const invitations = pgTable(
  'invitations',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    /** The e-mail as the admin typed it (normalised): all the workspace sees of the person. */
    email: text('email').notNull(),
    /** The invited account; never shown to the inviting workspace. */
    userId: uuid('user_id').notNull(),
    invitedBy: uuid('invited_by').notNull(),
    role: text('role').notNull(),
    salesRoles: text('sales_roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    teamId: uuid('team_id'),
    leadLimit: integer('lead_limit'),
    /** pending → accepted | declined | withdrawn (INVITATION_STATES). */
    state: text('state').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One pending invitation per person and workspace: inviting twice is a duplicate.
    uniqueIndex('invitations_pending_key')
      .on(t.workspaceId, t.userId)
      .where(sql`${t.state} = 'pending'`),
    index('invitations_user_idx').on(t.userId, t.state),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }),
    foreignKey({
      columns: [t.workspaceId, t.invitedBy],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
    foreignKey({
      columns: [t.workspaceId, t.teamId],
      foreignColumns: [teams.workspaceId, teams.id],
    }),
  ],
);
