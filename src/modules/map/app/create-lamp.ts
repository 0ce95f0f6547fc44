import { newId } from '../../../kernel/db/ids.ts';
import { insertLamp } from '../db/lamps-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { assertGroupExists, checkedLampParts, type LampInput } from './lamp-input.ts';
import { lampViews, type LampView } from './lamp-view.ts';
import { audit } from '../../../kernel/app/audit.ts';

/** Puts a lamp on a process group (manager, admin). */
export async function createLamp(input: LampInput, { actor, tx, clock }: Deps): Promise<LampView> {
  requireManager(actor);
  const parts = checkedLampParts(input);
  await assertGroupExists(tx, actor.workspaceId, input.groupId);
  const now = clock.now();
  const row = await insertLamp(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    groupId: input.groupId,
    position: input.position,
    name: input.name,
    metric: parts.metric,
    thresholds: parts.thresholds,
    createdAt: now,
    updatedAt: now,
  });
  await audit({ actor, tx, clock }, { action: 'lamp.created', subject: lampSubject(row) });
  const [view] = await lampViews(tx, actor.workspaceId, [row]);
  return view!;
}

/** A lamp as the audit log names it. */
export const lampSubject = (lamp: { id: string; name: string }) =>
  ({ kind: 'lamp', id: lamp.id, label: lamp.name }) as const;
