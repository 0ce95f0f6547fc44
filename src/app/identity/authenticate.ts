import { findLiveSession, findTokenHolder } from '../../db/identity/credentials-repo.ts';
import { findMember } from '../../db/identity/users-repo.ts';
import type { Role, TokenScope } from '../../domain/identity/roles.ts';
import type { Actor, PublicDeps } from '../context.ts';
import { hashSecret } from './secrets.ts';

async function actorFor(
  deps: PublicDeps,
  workspaceId: string,
  userId: string,
  scopes: readonly TokenScope[],
): Promise<Actor | null> {
  const member = await findMember(deps.tx, workspaceId, userId);
  if (!member || !member.membership.active) return null;
  return { workspaceId, userId, role: member.membership.role as Role, scopes };
}

/** The actor behind a session cookie, or null when it is unknown, expired or deactivated. */
export async function authenticateSession(
  input: { sessionToken: string },
  deps: PublicDeps,
): Promise<Actor | null> {
  const session = await findLiveSession(deps.tx, hashSecret(input.sessionToken), deps.clock.now());
  if (!session) return null;
  return actorFor(deps, session.workspaceId, session.userId, ['api']);
}

/** The actor behind a bearer API token; it acts as its user in its workspace, within its scopes. */
export async function authenticateToken(
  input: { token: string },
  deps: PublicDeps,
): Promise<Actor | null> {
  const holder = await findTokenHolder(deps.tx, hashSecret(input.token), deps.clock.now());
  if (!holder) return null;
  return {
    workspaceId: holder.workspaceId,
    userId: holder.userId,
    role: holder.role as Role,
    scopes: holder.scopes as TokenScope[],
  };
}
