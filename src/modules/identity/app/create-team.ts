import { newId } from '../../../kernel/db/ids.ts';
import { insertTeam } from '../db/teams-repo.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Team } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireAdmin } from './require-admin.ts';
import { audit } from '../../../kernel/app/audit.ts';

export async function createTeam(
  input: { name: string },
  { actor, tx, clock }: Deps,
): Promise<Team> {
  requireAdmin(actor);
  const now = clock.now();
  try {
    const team = await insertTeam(tx, {
      workspaceId: actor.workspaceId,
      id: newId(),
      name: input.name,
      createdAt: now,
      updatedAt: now,
    });
    await audit(
      { actor, tx, clock },
      { action: 'team.created', subject: { kind: 'team', id: team.id, label: team.name } },
    );
    return team;
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError('duplicate', 'A team with this name exists.');
    throw error;
  }
}
