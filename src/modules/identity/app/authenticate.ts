import { findSessionHolder, findTokenHolder } from '../db/credentials-repo.ts';
import type { Role, TokenScope } from '../../../contract/roles.ts';
import type { Actor, PublicDeps } from '../../../kernel/app/context.ts';
import { recordAccessFor } from './record-access.ts';
import { hashSecret } from './secrets.ts';

/**
 * The actor behind a session cookie, or null when it is unknown, expired or deactivated. One
 * statement: the hook runs it on every cookie request, outside a transaction.
 */
export async function authenticateSession(
  input: { sessionToken: string },
  deps: PublicDeps,
): Promise<Actor | null> {
  const holder = await findSessionHolder(deps.tx, hashSecret(input.sessionToken), deps.clock.now());
  if (!holder) return null;
  return {
    workspaceId: holder.workspaceId,
    userId: holder.userId,
    role: holder.role as Role,
    scopes: ['api'],
    records: recordAccessFor(holder.role as Role, holder.permissions, holder.teamId),
    delegated: false,
  };
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
    records: recordAccessFor(holder.role as Role, holder.permissions, holder.teamId),
    delegated: holder.delegated,
  };
}
