/**
 * An invitation's life: sent (pending), then answered once by the invited person, or withdrawn
 * by the inviting workspace's admin before that.
 */
export const INVITATION_STATES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
/** How a pending invitation ends: the person's answer, or the admin's withdrawal. */
export type InvitationEnd = Exclude<InvitationState, 'pending'>;
/** The person's answer. */
export type InvitationAnswer = Extract<InvitationEnd, 'accepted' | 'declined'>;
