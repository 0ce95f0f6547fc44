import { deleteLamp as deleteRow } from '../db/lamps-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../conveyor/index.ts';

/** Removes a lamp with its stored readings. */
export async function deleteLamp(input: { lampId: string }, { actor, tx }: Deps): Promise<void> {
  requireManager(actor);
  if (!(await deleteRow(tx, actor.workspaceId, input.lampId))) throw notFound('lamp');
}
