import { findTeam, updateTeam as updateRow } from '../db/teams-repo.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Team } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireAdmin } from './require-admin.ts';
import { audit } from '../../../kernel/app/audit.ts';

export async function updateTeam(
  input: { teamId: string; expectedVersion?: number; name?: string },
  { actor, tx, clock }: Deps,
): Promise<Team> {
  requireAdmin(actor);
  if (!(await findTeam(tx, actor.workspaceId, input.teamId))) throw notFound('team');
  try {
    const updated = await updateRow(
      tx,
      actor.workspaceId,
      input.teamId,
      { name: input.name },
      input.expectedVersion,
      clock.now(),
    );
    if (!updated)
      throw new DomainError('version_conflict', 'This team was changed by someone else.');
    await audit(
      { actor, tx, clock },
      { action: 'team.updated', subject: { kind: 'team', id: updated.id, label: updated.name } },
    );
    return updated;
  } catch (error) {
    if (uniqueViolation(error)) throw new DomainError('duplicate', 'A team with this name exists.');
    throw error;
  }
}
