import {
  date,
  foreignKey,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import { memberships, workspaces } from '../../identity/index.ts';

/**
 * What a source cost in one month, typed in by hand (salaries of prospectors, ad spend): a
 * channel, optionally narrowed to a medium and a campaign. The sources report spreads it over
 * the days of its month (ADR 015).
 */
export const channelCosts = pgTable(
  'channel_costs',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    /** The first day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    medium: text('medium'),
    campaign: text('campaign'),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    /** The workspace's currency when it was entered; reports convert it at the workspace's rate. */
    currency: text('currency').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One amount per month and source; the key also serves the report's range scan.
    unique('channel_costs_key')
      .on(t.workspaceId, t.month, t.channel, t.medium, t.campaign)
      .nullsNotDistinct(),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
    foreignKey({
      columns: [t.workspaceId, t.updatedBy],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);
