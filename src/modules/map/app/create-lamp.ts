import { newId } from '../../../kernel/db/ids.ts';
import { insertLamp } from '../db/lamps-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../conveyor/index.ts';
import { assertGroupExists, checkedLampParts, type LampInput } from './lamp-input.ts';
import { lampViews, type LampView } from './lamp-view.ts';

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
  const [view] = await lampViews(tx, actor.workspaceId, [row]);
  return view!;
}
