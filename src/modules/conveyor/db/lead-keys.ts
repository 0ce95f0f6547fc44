import { pgTable, uuid } from 'drizzle-orm/pg-core';

/**
 * The key of the leads module's table, for the foreign keys of deals and activities that came
 * from a lead and for checking that a lead exists. The leads module sits above the conveyor (it
 * turns leads into deals and plans activities), so the conveyor names that table's key here
 * instead of importing it. Kept out of the schema files drizzle-kit reads, so it is only the
 * target of those keys: the generated migrations do not change (ADR 021).
 */
export const leadKeys = pgTable('leads', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').notNull(),
});
