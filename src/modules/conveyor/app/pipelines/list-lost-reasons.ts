import { listLostReasons as listRows, type LostReasonRow } from '../../db/lost-reasons-repo.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

/** The workspace's fixed list; retired reasons too unless asked for active ones only. */
export async function listLostReasons(
  input: { active: boolean | null },
  { actor, tx }: Deps,
): Promise<LostReasonRow[]> {
  return listRows(tx, actor.workspaceId, input);
}
