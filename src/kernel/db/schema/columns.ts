// Column helpers shared by every table: tenancy, optimistic versioning, audit times.
import { foreignKey, integer, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const workspaceId = () => uuid('workspace_id').notNull();

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const version = () => integer('version').notNull().default(1);

/**
 * A foreign key inside one workspace, (workspace_id, column) → (workspace_id, key): a row can
 * only point at a row of its own workspace, whatever the ids say.
 */
export function sameWorkspace(
  from: [workspace: AnyPgColumn, column: AnyPgColumn],
  to: [workspace: AnyPgColumn, key: AnyPgColumn],
) {
  return foreignKey({ columns: from, foreignColumns: to });
}
