import { foreignKey, numeric, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import { memberships } from '../../identity/index.ts';

/**
 * A person's standing target on a measure for every week or every month (ADR 014): "40 calls a
 * week", "won value 20,000 a month". The people report scales it to the period it shows.
 */
export const goals = pgTable(
  'goals',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    /** activities_done, deals_created, deals_won, won_value, leads_worked. */
    measure: text('measure').notNull(),
    /** Only for activities_done: one type; null counts every type. */
    activityType: text('activity_type'),
    /** week or month. */
    period: text('period').notNull(),
    /** A count, or for won_value an amount in the workspace's base currency. */
    target: numeric('target', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    updatedBy: uuid('updated_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One target per person, measure (and type) and period; the key also serves the report.
    unique('goals_key')
      .on(t.workspaceId, t.userId, t.measure, t.activityType, t.period)
      .nullsNotDistinct(),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
    foreignKey({
      columns: [t.workspaceId, t.updatedBy],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);
