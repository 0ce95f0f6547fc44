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

export interface WorkspaceSettings {
  requireNextActivity: boolean;
  /** ISO 3166 country used to read phone numbers written without a +prefix. */
  defaultCountry: string | null;
  /** Base-currency units per unit of another currency; absent in workspaces made before rates. */
  exchangeRates?: Record<string, number>;
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
