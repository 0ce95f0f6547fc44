// The request of each row of identity, accounts and the system: a plausible body, the records of
// the cell's workspace (fresh ones where the request changes or ends one).
import { unique, type Build } from './cell-context.ts';

const get =
  (url: string): Build =>
  () => ({ method: 'GET', url });

export const PEOPLE_REQUESTS: Record<string, Build> = {
  getHealth: get('/health'),
  getSetupStatus: get('/setup'),
  setUpWorkspace: () => ({
    method: 'POST',
    url: '/setup',
    body: {
      workspaceName: 'Second',
      name: 'Someone',
      email: `setup-${unique()}@example.test`,
      password: 'long enough password',
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'PLN',
      template: 'empty',
    },
  }),
  logIn: ({ world }) => ({ method: 'POST', url: '/auth/login', body: world.session }),
  logOut: () => ({ method: 'POST', url: '/auth/logout' }),
  getMe: get('/me'),
  updateMe: () => ({ method: 'PATCH', url: '/me', body: { locale: 'en' } }),
  switchWorkspace: ({ records }) => ({
    method: 'POST',
    url: '/me/workspace',
    body: { workspaceId: records.workspaceId },
  }),
  listWorkspaces: get('/workspaces'),
  createWorkspace: () => ({
    method: 'POST',
    url: '/workspaces',
    body: {
      name: `Created ${unique()}`,
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'PLN',
      template: 'empty',
    },
  }),
  getWorkspace: ({ records }) => ({ method: 'GET', url: `/workspaces/${records.workspaceId}` }),
  updateWorkspace: ({ records }) => ({
    method: 'PATCH',
    url: `/workspaces/${records.workspaceId}`,
    body: { locale: 'en' },
  }),
  listUsers: get('/users'),
  createUser: () => ({
    method: 'POST',
    url: '/users',
    body: { email: `new-${unique()}@example.test`, name: 'New', role: 'member', salesRoles: [] },
  }),
  getUser: ({ records }) => ({ method: 'GET', url: `/users/${records.adminId}` }),
  updateUser: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/users/${await fresh.user()}`,
    body: { leadLimit: 5 },
  }),
  listTeams: get('/teams'),
  createTeam: () => ({ method: 'POST', url: '/teams', body: { name: `Team ${unique()}` } }),
  updateTeam: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/teams/${await fresh.team()}`,
    body: { name: `Renamed ${unique()}` },
  }),
  createToken: () => ({ method: 'POST', url: '/tokens', body: { name: 'Mine' } }),
  'createToken:for-another': ({ side, records, colleagueId }) => ({
    method: 'POST',
    url: '/tokens',
    body: { name: 'Theirs', userId: side === 'own' ? colleagueId : records.adminId },
  }),
  listTokens: get('/tokens'),
  revokeToken: async ({ fresh }) => ({
    method: 'DELETE',
    url: `/tokens/${await fresh.ownToken()}`,
  }),
  'revokeToken:another': async ({ fresh }) => ({
    method: 'DELETE',
    url: `/tokens/${await fresh.othersToken()}`,
  }),
  listInvitations: get('/invitations'),
  acceptInvitation: async ({ fresh }) => ({
    method: 'POST',
    url: `/invitations/${await fresh.invitation()}/accept`,
  }),
  declineInvitation: async ({ fresh }) => ({
    method: 'POST',
    url: `/invitations/${await fresh.invitation()}/decline`,
  }),
  listWorkspaceInvitations: get('/workspace-invitations'),
  withdrawInvitation: async ({ fresh }) => ({
    method: 'POST',
    url: `/workspace-invitations/${await fresh.sentInvitation()}/withdraw`,
  }),
  listAuditEntries: get('/audit'),
  getFirstSteps: get('/first-steps'),
  markFirstStepPageSeen: () => ({
    method: 'POST',
    url: '/first-steps/seen',
    body: { page: 'map' },
  }),
  dismissFirstSteps: () => ({ method: 'PATCH', url: '/first-steps', body: { dismissed: false } }),

  createCompany: () => ({ method: 'POST', url: '/companies', body: { name: `Co ${unique()}` } }),
  listCompanies: get('/companies'),
  getCompany: ({ records }) => ({ method: 'GET', url: `/companies/${records.companyId}` }),
  updateCompany: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/companies/${await fresh.company()}`,
    body: { city: 'Gdańsk' },
  }),
  'updateCompany:reassign': async ({ fresh, colleagueId, actor }) => ({
    method: 'PATCH',
    url: `/companies/${await fresh.company()}`,
    body: { ownerId: actor.userId ?? colleagueId },
  }),
  createContact: () => ({ method: 'POST', url: '/contacts', body: { name: `P ${unique()}` } }),
  listContacts: get('/contacts'),
  getContact: ({ records }) => ({ method: 'GET', url: `/contacts/${records.contactId}` }),
  updateContact: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/contacts/${await fresh.contact()}`,
    body: { jobTitle: 'Buyer' },
  }),
};

/** The routes without an operationId: the API's documentation and the forms' CORS preflight. */
export const HIDDEN_REQUESTS: Record<string, Build> = {
  'GET /api/openapi.json': get('/api/openapi.json'),
  'GET /api/docs': get('/api/docs'),
  'GET /api/docs/json': get('/api/docs/json'),
  'GET /api/docs/yaml': get('/api/docs/yaml'),
  'GET /api/docs/static/index.html': get('/api/docs/static/index.html'),
  'GET /api/docs/static/swagger-initializer.js': get('/api/docs/static/swagger-initializer.js'),
  'GET /api/docs/static/*': get('/api/docs/static/swagger-ui.css'),
  'OPTIONS /api/v1/forms/:formKey/submissions': ({ records }) => ({
    method: 'OPTIONS',
    url: `/forms/${records.formKey}/submissions`,
  }),
};
