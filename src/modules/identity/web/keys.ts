import { recordKeys } from '../../../kernel/web/data/query-keys.ts';

const users = recordKeys('users');

/** Users: the team page's list (page by page) and everyone at once (names, owner pickers). */
export const userKeys = {
  ...users,
  everyone: users.view('all'),
};

/** The signed-in person's own invitations (GET /invitations): one list. */
export const invitationKeys = recordKeys('invitations');

/** The workspace's invitations waiting for an answer (GET /workspace-invitations, admins). */
export const workspaceInvitationKeys = recordKeys('workspace-invitations');

/** Teams: one list. */
export const teamKeys = recordKeys('teams');

/**
 * Every cached answer. A workspace's time zone, currency or rates change what every list,
 * reading and report means, so saving them refetches all that is on screen.
 */
export const everyQuery: readonly [] = [];
