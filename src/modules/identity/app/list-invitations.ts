import { listReceivedInvitations } from '../db/invitations-repo.ts';
import type { ReceivedInvitation } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';

/** The signed-in person's own pending invitations, from any workspace. */
export async function listInvitations(
  _input: void,
  { actor, tx }: Deps,
): Promise<ReceivedInvitation[]> {
  return listReceivedInvitations(tx, actor.userId, { pending: true });
}
