import { deleteLamp as deleteRow, findLamp } from '../db/lamps-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { lampSubject } from './create-lamp.ts';

/** Removes a lamp with its stored readings. */
export async function deleteLamp(
  input: { lampId: string },
  { actor, tx, clock }: Deps,
): Promise<void> {
  requireManager(actor);
  const lamp = await findLamp(tx, actor.workspaceId, input.lampId);
  if (!lamp || !(await deleteRow(tx, actor.workspaceId, input.lampId))) throw notFound('lamp');
  await audit({ actor, tx, clock }, { action: 'lamp.deleted', subject: lampSubject(lamp) });
}
