import { newId } from '../../../kernel/db/ids.ts';
import { insertTeam } from '../db/teams-repo.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Team } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
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
