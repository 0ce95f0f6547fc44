import { deleteSession } from '../db/credentials-repo.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { auditAs } from '../../../kernel/app/audit.ts';
import { hashSecret } from './secrets.ts';

/** Ends the browser session; the workspace it was in records the sign-out (ADR 029). */
export async function logOut(
  input: { sessionToken: string; address: string },
  { tx, clock }: PublicDeps,
): Promise<void> {
  const ended = await deleteSession(tx, hashSecret(input.sessionToken));
  if (!ended) return; // already over: nothing happened
  await auditAs(
    { tx, clock },
    { workspaceId: ended.workspaceId, actorId: ended.userId, ip: input.address },
    { action: 'auth.signed_out', subject: { kind: 'user', id: ended.userId, label: null } },
  );
}
