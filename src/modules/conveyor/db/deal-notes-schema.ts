import {
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import { memberships } from '../../identity/index.ts';
import { deals } from './schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Raw bytes: PostgreSQL's bytea, the same on PGlite and the server. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A note on a deal: rich text in the note markup (bold, italic, bullets, http(s) links) with
 * mentions as `<@member id>`; `mentions` repeats those ids so "mentions of me" is a lookup.
 */
export const dealNotes = pgTable(
  'deal_notes',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    dealId: uuid('deal_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    mentions: jsonb('mentions').$type<string[]>().notNull().default([]),
    editedAt: at('edited_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('deal_notes_deal_idx').on(t.workspaceId, t.dealId, t.createdAt, t.id),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.authorId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);

/** A file attached to a deal; its bytes live in the row (bytea), so both databases keep them. */
export const dealFiles = pgTable(
  'deal_files',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    dealId: uuid('deal_id').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('deal_files_deal_idx').on(t.workspaceId, t.dealId, t.createdAt, t.id),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.uploadedBy],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);
