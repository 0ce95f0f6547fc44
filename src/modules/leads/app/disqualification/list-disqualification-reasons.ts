import type { Deps } from '../../../../kernel/app/context.ts';
import {
  listDisqualificationReasons as listRows,
  type DisqualificationReasonRow,
} from '../../db/disqualification-reasons-repo.ts';

/** The workspace's fixed list; retired reasons too unless asked for active ones only. */
export async function listDisqualificationReasons(
  input: { active: boolean | null },
  { actor, tx }: Deps,
): Promise<DisqualificationReasonRow[]> {
  return listRows(tx, actor.workspaceId, input);
}

/** A reason as the use cases return it. */
export type { DisqualificationReasonRow as DisqualificationReason } from '../../db/disqualification-reasons-repo.ts';
