import type { Role, SalesRole } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import { findUser } from '../db/users-repo.ts';
import type { Member } from '../domain/types.ts';
import { joinWorkspace } from './join-workspace.ts';
import { assertTeamExists } from './member-references.ts';
import { requireAdmin } from './require-admin.ts';

/**
 * Makes an existing account a member without asking its person. Only for in-process callers that
 * made the account themselves (the demo generator's people); never routed over HTTP, where an
 * existing account is invited instead (createUser, ADR 026).
 */
export async function enrolAccount(
  input: {
    userId: string;
    role: Role;
    salesRoles: SalesRole[];
    teamId: string | null;
    leadLimit: number | null;
  },
  { actor, tx, clock }: Deps,
): Promise<Member> {
  requireAdmin(actor);
  await assertTeamExists(tx, actor.workspaceId, input.teamId);
  const user = await findUser(tx, input.userId);
  if (!user) throw notFound('user');
  const { userId: _userId, ...terms } = input;
  return joinWorkspace(
    tx,
    { workspaceId: actor.workspaceId, actorId: actor.userId, user },
    terms,
    clock.now(),
  );
}
