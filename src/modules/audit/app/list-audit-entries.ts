import { z } from 'zod';
import type { AuditAction } from '../../../contract/audit.ts';
import { canManageWorkspace } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { decodeCursor, toPage, type Page } from '../../../kernel/db/pagination.ts';
import { DomainError, validationError } from '../../../kernel/domain/errors.ts';
import { listAuditEntries as listRows } from '../db/audit-repo.ts';
import type { AuditEntry } from '../domain/audit-entry.ts';

export interface ListAuditInput {
  /** Local days in the workspace's time zone, both inclusive. */
  from: string | null;
  to: string | null;
  actorId: string | null;
  action: AuditAction | null;
  limit: number;
  cursor: string | null;
}

const auditCursor = z.object({ a: z.iso.datetime(), i: z.uuid() });

/**
 * The workspace's audit log, newest first, page by page (admins only: it tells who signed in from
 * where and who took which report). One statement, so it runs on `runner.read` (ADR 022).
 */
export async function listAuditLog(
  input: ListAuditInput,
  { actor, tx }: Deps,
): Promise<Page<AuditEntry>> {
  if (!canManageWorkspace(actor.role)) {
    throw new DomainError('forbidden', 'Only an admin of this workspace may read its audit log.');
  }
  if (input.from && input.to && input.from > input.to) {
    throw validationError([{ path: 'to', message: 'Must not be before from' }]);
  }
  const key = input.cursor ? decodeCursor(input.cursor, auditCursor) : null;
  const rows = await listRows(
    tx,
    actor.workspaceId,
    input,
    key ? { at: new Date(key.a), id: key.i } : null,
    input.limit + 1,
  );
  return toPage(rows, input.limit, (entry) => ({ a: entry.at.toISOString(), i: entry.id }));
}
