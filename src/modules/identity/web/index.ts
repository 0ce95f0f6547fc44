export { SALES_ROLES } from './users-api.ts';
export { ApiTokenModal } from './api-token-modal.tsx';
export { identityWeb } from './routes.tsx';
export { allUsersQuery, teamsQuery } from './people-api.ts';
