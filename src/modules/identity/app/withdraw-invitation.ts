import { audit } from '../../../kernel/app/audit.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import {
  answerInvitation as endInvitation,
  lockWorkspaceInvitation,
} from '../db/invitations-repo.ts';
import type { Invitation } from '../domain/types.ts';
import { requireAdmin } from './require-admin.ts';

/**
 * The inviting workspace's admin takes back an invitation the person has not answered (a wrong
 * e-mail, a change of plan). Once answered it stays as answered: 409 invalid_transition. Another
 * workspace's invitation is 404, like one that does not exist.
 */
export async function withdrawInvitation(
  input: { invitationId: string },
  { actor, tx, clock }: Deps,
): Promise<Invitation> {
  requireAdmin(actor);
  const invitation = await lockWorkspaceInvitation(tx, actor.workspaceId, input.invitationId);
  if (!invitation) throw notFound('invitation');
  if (invitation.state !== 'pending') {
    throw new DomainError('invalid_transition', 'This invitation has already been answered.', {
      from: invitation.state,
      to: 'withdrawn',
    });
  }
  const withdrawn = await endInvitation(tx, invitation, 'withdrawn', clock.now());
  await audit(
    { actor, tx, clock },
    {
      action: 'invitation.withdrawn',
      subject: { kind: 'invitation', id: invitation.id, label: invitation.email },
    },
  );
  return withdrawn;
}
