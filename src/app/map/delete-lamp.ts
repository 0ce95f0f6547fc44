import { deleteLamp as deleteRow } from '../../db/map/lamps-repo.ts';
import { notFound } from '../../domain/errors.ts';
import type { Deps } from '../context.ts';
import { requireManager } from '../conveyor/require-manager.ts';

/** Removes a lamp with its stored readings. */
export async function deleteLamp(input: { lampId: string }, { actor, tx }: Deps): Promise<void> {
  requireManager(actor);
  if (!(await deleteRow(tx, actor.workspaceId, input.lampId))) throw notFound('lamp');
}
