export { allUsersQuery } from './api/all-users-query.ts';
export { teamsQuery } from './api/teams-query.ts';
export { ApiTokenModal } from './api-token-modal.tsx';
export { teamKeys, userKeys } from './keys.ts';
export { PersonSelect } from './person-select.tsx';
export { identityWeb } from './routes.tsx';
