import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditSubjectKind } from '../../../contract/audit.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { auditEntries } from '../../../kernel/db/schema/audit.ts';
import type { AuditEntry, AuditFilter, AuditPosition } from '../domain/audit-entry.ts';
import { workspaces } from '../../identity/index.ts';

/**
 * A page of one workspace's audit log, newest first — one statement. The log is written only by
 * the kernel's recorder (appendAuditEntry) and is never updated or deleted: this module reads it
 * and has no other query (ADR 029).
 */
export async function listAuditEntries(
  db: Db,
  workspaceId: string,
  filter: AuditFilter,
  after: AuditPosition | null,
  limit: number,
): Promise<AuditEntry[]> {
  const t = auditEntries;
  const conditions: SQL[] = [eq(t.workspaceId, workspaceId)];
  // A local day starts at its midnight in the workspace's time zone (Postgres does the zone maths).
  const zone = sql`(select ${workspaces.timezone} from ${workspaces} where ${workspaces.id} = ${workspaceId})`;
  if (filter.from)
    conditions.push(gte(t.at, sql`(${filter.from}::date)::timestamp at time zone ${zone}`));
  if (filter.to)
    conditions.push(lt(t.at, sql`(${filter.to}::date + 1)::timestamp at time zone ${zone}`));
  if (filter.actorId) conditions.push(eq(t.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(t.action, filter.action));
  if (after) {
    conditions.push(or(lt(t.at, after.at), and(eq(t.at, after.at), lt(t.id, after.id)))!);
  }
  const rows = await db
    .select()
    .from(t)
    .where(and(...conditions))
    .orderBy(desc(t.at), desc(t.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorId: row.actorId,
    action: row.action as AuditAction,
    subject: row.subjectKind
      ? {
          kind: row.subjectKind as AuditSubjectKind,
          id: row.subjectId,
          label: row.subjectLabel,
        }
      : null,
    ip: row.ip,
    details: row.details,
  }));
}
