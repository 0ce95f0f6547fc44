import type { AuditAction, AuditDetails } from '../../contract/audit.ts';
import { appendAuditEntry, type AuditSubject } from '../db/audit/append-audit.ts';
import { assertNoSecrets } from '../domain/audit-details.ts';
import type { Actor, Clock, PublicDeps } from './context.ts';

export type { AuditSubject };

/** An entry as a use case states it: what happened, to what, with which plain details. */
export interface AuditNote {
  action: AuditAction;
  subject: AuditSubject | null;
  details?: AuditDetails;
}

/**
 * Records in the audit log, in the use case's transaction, what the signed-in actor just did
 * (ADR 029): one line in the use case, after its change. The address is the request's (the
 * authentication hook puts it on the actor); the CLI, jobs and the demo have none. `workspaceId`
 * is the actor's unless given (an accepted invitation is recorded by the inviting workspace).
 */
export async function audit(
  deps: { actor: Actor; tx: PublicDeps['tx']; clock: Clock },
  note: AuditNote & { workspaceId?: string },
): Promise<void> {
  const { actor } = deps;
  await auditAs(
    deps,
    {
      workspaceId: note.workspaceId ?? actor.workspaceId,
      actorId: actor.userId,
      ip: actor.ip ?? null,
    },
    note,
  );
}

/** The same for a use case that runs before anyone is signed in (a sign-in). */
export async function auditAs(
  { tx, clock }: Pick<PublicDeps, 'tx' | 'clock'>,
  who: { workspaceId: string; actorId: string | null; ip: string | null },
  note: AuditNote,
): Promise<void> {
  const details = note.details ?? {};
  assertNoSecrets(details);
  await appendAuditEntry(tx, {
    ...who,
    at: clock.now(),
    action: note.action,
    subject: note.subject,
    details,
  });
}
