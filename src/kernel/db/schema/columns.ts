// Column helpers shared by every table: tenancy, optimistic versioning, audit times.
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const workspaceId = () => uuid('workspace_id').notNull();

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const version = () => integer('version').notNull().default(1);
