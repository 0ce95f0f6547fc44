import {
  answerInvitation as saveAnswer,
  listReceivedInvitations,
  lockOwnInvitation,
} from '../db/invitations-repo.ts';
import { findUser } from '../db/users-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { InvitationAnswer } from '../../../contract/invitations.ts';
import type { ReceivedInvitation } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { joinWorkspace } from './join-workspace.ts';

/**
 * The invited person answers one of their own invitations, once. Accepting makes them a member
 * of the inviting workspace on the invitation's terms; declining leaves no membership. Another
 * person's invitation is 404, like one that does not exist.
 */
export async function answerInvitation(
  input: { invitationId: string; answer: InvitationAnswer },
  { actor, tx, clock }: Deps,
): Promise<ReceivedInvitation> {
  const invitation = await lockOwnInvitation(tx, input.invitationId, actor.userId);
  if (!invitation) throw notFound('invitation');
  if (invitation.state !== 'pending') {
    throw new DomainError('invalid_transition', 'This invitation has already been answered.', {
      from: invitation.state,
      to: input.answer,
    });
  }
  const now = clock.now();
  if (input.answer === 'accepted') {
    const user = (await findUser(tx, actor.userId))!;
    await joinWorkspace(
      tx,
      { workspaceId: invitation.workspaceId, actorId: actor.userId, user },
      {
        role: invitation.role,
        salesRoles: invitation.salesRoles,
        teamId: invitation.teamId,
        leadLimit: invitation.leadLimit,
      },
      now,
    );
  }
  await saveAnswer(tx, invitation, input.answer, now);
  // Recorded by the inviting workspace, whose admin sent it (ADR 029).
  await audit(
    { actor, tx, clock },
    {
      workspaceId: invitation.workspaceId,
      action: input.answer === 'accepted' ? 'invitation.accepted' : 'invitation.declined',
      subject: { kind: 'invitation', id: invitation.id, label: invitation.email },
    },
  );
  const [answered] = await listReceivedInvitations(tx, actor.userId, { id: invitation.id });
  return answered!;
}
