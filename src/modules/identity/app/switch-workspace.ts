import { switchSessionWorkspace } from '../db/credentials-repo.ts';
import { findMember, setLastWorkspace } from '../db/users-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Role } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { getMe, type Me } from './get-me.ts';
import { hashSecret } from './secrets.ts';
import { audit } from '../../../kernel/app/audit.ts';

/**
 * Moves the caller's browser session into another workspace they belong to (now last used),
 * whose audit log records the arrival (ADR 029).
 */
export async function switchWorkspace(
  input: { sessionToken: string; workspaceId: string },
  deps: Deps,
): Promise<Me> {
  const member = await findMember(deps.tx, input.workspaceId, deps.actor.userId);
  if (!member || !member.membership.active) throw notFound('workspace');
  await switchSessionWorkspace(deps.tx, hashSecret(input.sessionToken), input.workspaceId);
  await setLastWorkspace(deps.tx, deps.actor.userId, input.workspaceId);
  await audit(deps, {
    workspaceId: input.workspaceId,
    action: 'auth.workspace_switched',
    subject: { kind: 'user', id: deps.actor.userId, label: member.user.email },
  });
  return getMe(undefined, {
    ...deps,
    actor: { ...deps.actor, workspaceId: input.workspaceId, role: member.membership.role as Role },
  });
}
