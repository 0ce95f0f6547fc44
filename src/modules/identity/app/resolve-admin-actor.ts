import { findFirstAdminId, findOldestWorkspaceId, findWorkspace } from '../db/workspaces-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import { EVERY_RECORD, type Actor, type PublicDeps } from '../../../kernel/app/context.ts';

/**
 * The command line acts on a workspace as one of its admins, so every rule and event applies as
 * through the API. Without a workspace id it takes the oldest workspace.
 */
export async function resolveAdminActor(
  input: { workspaceId?: string },
  { tx }: PublicDeps,
): Promise<Actor> {
  const workspaceId = input.workspaceId
    ? (await findWorkspace(tx, input.workspaceId))?.id
    : await findOldestWorkspaceId(tx);
  if (!workspaceId) {
    throw input.workspaceId
      ? notFound('workspace')
      : new DomainError(
          'not_found',
          'No workspace yet: run `conveyor serve` and complete the setup page first.',
        );
  }
  const userId = await findFirstAdminId(tx, workspaceId);
  if (!userId) throw new DomainError('not_found', 'This workspace has no active admin.');
  return {
    workspaceId,
    userId,
    role: 'admin',
    scopes: ['api'],
    records: EVERY_RECORD,
    delegated: false,
  };
}
