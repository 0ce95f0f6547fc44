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
  const waiting = deferred.get(tx);
  if (waiting) waiting.push(auditRow(entry));
  else await tx.insert(auditEntries).values(auditRow(entry));
}

/**
 * Entries appended on a transaction that defers them (the demo's batches of a hundred use cases,
 * as append-events.ts defers events): each row is made when appended (its id, its moment) and
 * all are inserted by one statement at the next flush, before the batch commits.
 */
const deferred = new WeakMap<Db, (typeof auditEntries.$inferInsert)[]>();

export function deferAuditOn(tx: Db): void {
  if (!deferred.has(tx)) deferred.set(tx, []);
}

/** Inserts what tx deferred; `stop` also ends the deferral. A no-op where nothing defers. */
export async function flushDeferredAudit(tx: Db, stop = false): Promise<void> {
  const waiting = deferred.get(tx);
  if (!waiting) return;
  if (stop) deferred.delete(tx);
  const rows = waiting.splice(0);
  if (rows.length > 0) await tx.insert(auditEntries).values(rows);
}
