import type { AuditAction, AuditDetails, AuditSubjectKind } from '../../../contract/audit.ts';
import type { Db } from '../connection.ts';
import { newId } from '../ids.ts';
import { auditEntries } from '../schema/audit.ts';

/** What an entry is about: a record (its id and its name then), or a named thing (a report). */
export interface AuditSubject {
  kind: AuditSubjectKind;
  id: string | null;
  label?: string | null;
}

export interface NewAuditEntry {
  workspaceId: string;
  at: Date;
  actorId: string | null;
  action: AuditAction;
  subject: AuditSubject | null;
  ip: string | null;
  details: AuditDetails;
}

/** The row of an entry, with its UUIDv7 id (ids sort in the order they were made). */
export function auditRow(entry: NewAuditEntry): typeof auditEntries.$inferInsert {
  return {
    workspaceId: entry.workspaceId,
    id: newId(),
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    subjectKind: entry.subject?.kind ?? null,
    subjectId: entry.subject?.id ?? null,
    subjectLabel: entry.subject?.label ?? null,
    ip: entry.ip,
    details: entry.details,
  };
}

/**
 * Appends one entry inside the caller's transaction, so the entry and the change it records
 * commit together. The only write the audit log has: there is no update or delete (ADR 029).
 */
export async function appendAuditEntry(tx: Db, entry: NewAuditEntry): Promise<void> {
  await tx.insert(auditEntries).values(auditRow(entry));
}
