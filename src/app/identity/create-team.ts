import { newId } from '../../db/ids.ts';
import { insertTeam } from '../../db/identity/teams-repo.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Team } from '../../domain/identity/types.ts';
import type { Deps } from '../context.ts';
import { requireAdmin } from './require-admin.ts';

export async function createTeam(
  input: { name: string },
  { actor, tx, clock }: Deps,
): Promise<Team> {
  requireAdmin(actor);
  const now = clock.now();
  try {
    return await insertTeam(tx, {
      workspaceId: actor.workspaceId,
      id: newId(),
      name: input.name,
      createdAt: now,
      updatedAt: now,
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError('duplicate', 'A team with this name exists.');
    throw error;
  }
}
