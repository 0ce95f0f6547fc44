import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditDetails } from '../../../contract/audit.ts';
import { workspaceId } from './columns.ts';

/**
 * The audit log (ADR 029): who did what to the workspace's access and configuration, when and
 * from which address. Append-only: no repository updates or deletes it, and a trigger refuses
 * UPDATE, DELETE and TRUNCATE. Written by the kernel's recorder (src/kernel/app/audit.ts) in the
 * transaction of the change it records; read by the audit module.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Null when nobody signed in acted (the CLI, a job, a failed sign-in's unknown caller). */
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectKind: text('subject_kind'),
    /** A record's id, or a name for what has none (a report). */
    subjectId: text('subject_id'),
    /** The subject's name as it was then (a pipeline's name, the e-mail typed). */
    subjectLabel: text('subject_label'),
    ip: text('ip'),
    details: jsonb('details').$type<AuditDetails>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('audit_entries_time_idx').on(t.workspaceId, t.at.desc(), t.id.desc()),
    index('audit_entries_action_idx').on(t.workspaceId, t.action, t.at.desc()),
    index('audit_entries_actor_idx')
      .on(t.workspaceId, t.actorId, t.at.desc())
      .where(sql`${t.actorId} is not null`),
  ],
);
