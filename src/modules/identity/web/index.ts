export { allUsersQuery } from './api/all-users-query.ts';
export { teamsQuery } from './api/teams-query.ts';
export { ApiTokenModal } from './api-token-modal.tsx';
export { InvitationsBanner } from './invitations-banner.tsx';
export { teamKeys, userKeys } from './keys.ts';
export { PersonSelect } from './person-select.tsx';
export { useCanEdit } from './use-can-edit.ts';
export { identityWeb } from './routes.tsx';
