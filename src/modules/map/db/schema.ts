import {
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
import { memberships, teams, workspaces } from '../../identity/index.ts';

/**
 * A version of the company's process map (as-is, to-be …). One is `active`: the one whose
 * lamps are read on the dashboard; others are drafts.
 */
export const processMapVersions = pgTable(
  'process_map_versions',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    state: text('state').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
  ],
);

export interface StoredProcess {
  name: string;
  description: string;
}

/** A process group: one result, an owner, standing on a cadence or triggered by an event. */
export const processGroups = pgTable(
  'process_groups',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    versionId: uuid('version_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    result: text('result').notNull().default(''),
    mode: text('mode').notNull(),
    cadence: text('cadence'),
    trigger: text('trigger'),
    ownerUserId: uuid('owner_user_id'),
    ownerTeamId: uuid('owner_team_id'),
    // The processes inside a group are always read and written with it.
    processes: jsonb('processes').$type<StoredProcess[]>().notNull().default([]),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('process_groups_version_idx').on(t.workspaceId, t.versionId, t.position),
    foreignKey({
      columns: [t.workspaceId, t.versionId],
      foreignColumns: [processMapVersions.workspaceId, processMapVersions.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.ownerUserId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
    foreignKey({
      columns: [t.workspaceId, t.ownerTeamId],
      foreignColumns: [teams.workspaceId, teams.id],
    }),
  ],
);

/** Output → input: the result of `from` feeds `to`. */
export const processGroupLinks = pgTable(
  'process_group_links',
  {
    workspaceId: workspaceId(),
    fromGroupId: uuid('from_group_id').notNull(),
    toGroupId: uuid('to_group_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.fromGroupId, t.toGroupId] }),
    foreignKey({
      columns: [t.workspaceId, t.fromGroupId],
      foreignColumns: [processGroups.workspaceId, processGroups.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.toGroupId],
      foreignColumns: [processGroups.workspaceId, processGroups.id],
    }).onDelete('cascade'),
  ],
);

/** A control lamp on a group: its metric is data in the metric language (API.md). */
export const lamps = pgTable(
  'lamps',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    groupId: uuid('group_id').notNull(),
    position: text('position').notNull(),
    name: text('name').notNull(),
    metric: jsonb('metric').$type<unknown>().notNull(),
    thresholds: jsonb('thresholds').$type<unknown>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('lamps_group_idx').on(t.workspaceId, t.groupId),
    foreignKey({
      columns: [t.workspaceId, t.groupId],
      foreignColumns: [processGroups.workspaceId, processGroups.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Stored weekly readings: closed weeks snapshotted by the weekly job (so `state` metrics keep
 * their history) and values entered by hand for manual lamps. The current week is computed live.
 */
export const lampReadings = pgTable(
  'lamp_readings',
  {
    workspaceId: workspaceId(),
    lampId: uuid('lamp_id').notNull(),
    week: text('week').notNull(),
    value: numeric('value', { precision: 20, scale: 4, mode: 'number' }),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.lampId, t.week] }),
    foreignKey({
      columns: [t.workspaceId, t.lampId],
      foreignColumns: [lamps.workspaceId, lamps.id],
    }).onDelete('cascade'),
    index('lamp_readings_week_idx').on(t.workspaceId, t.week),
  ],
);
