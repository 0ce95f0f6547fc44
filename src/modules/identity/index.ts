// The public surface of the identity module: the only file other modules may import.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { setupRoutes } from './http/setup.routes.ts';
import { authRoutes } from './http/auth.routes.ts';
import { meRoutes } from './http/me.routes.ts';
import { workspacesRoutes } from './http/workspaces.routes.ts';
import { usersRoutes } from './http/users.routes.ts';
import { teamsRoutes } from './http/teams.routes.ts';
import { tokensRoutes } from './http/tokens.routes.ts';
import { invitationsRoutes } from './http/invitations.routes.ts';
import { authenticateSession, authenticateToken } from './app/authenticate.ts';

export { createTeam } from './app/create-team.ts';
export { createToken } from './app/create-token.ts';
export { createUser, type CreateUserResult } from './app/create-user.ts';
export { enrolAccount } from './app/enrol-account.ts';
export { getSetupStatus } from './app/get-setup-status.ts';
export { assertMember, assertTeamExists } from './app/member-references.ts';
export {
  canSeeOwner,
  editableOwners,
  notEditable,
  requireMayChange,
  requireEditable,
  visibleOwners,
} from './app/record-reach.ts';
export { hashPassword, verifyPassword } from './app/password.ts';
export { readReader, type Reader } from './app/read-reader.ts';
export { resolveAdminActor } from './app/resolve-admin-actor.ts';
export { updateUser } from './app/update-user.ts';
export { provisionWorkspace, type WorkspaceInput } from './app/workspace-provisioning.ts';
export { invitations, memberships, teams, users, workspaces } from './db/schema.ts';
export { listTeams } from './db/teams-repo.ts';
export {
  findMember,
  findUserByEmail,
  insertUser,
  listMembers,
  type UserRow,
} from './db/users-repo.ts';
export { findWorkspace, listWorkspaceIds, markFirstSteps } from './db/workspaces-repo.ts';
export { recordAccessFor } from './app/record-access.ts';
export { type FirstStepsMarks, type Workspace } from './domain/types.ts';

/** What the identity module gives the server (listed in src/server/modules.ts). */
export const identityModule: ServerModule = {
  name: 'identity',
  routes: [
    setupRoutes,
    authRoutes,
    meRoutes,
    workspacesRoutes,
    usersRoutes,
    teamsRoutes,
    tokensRoutes,
    invitationsRoutes,
  ],
  authenticator: { token: authenticateToken, session: authenticateSession },
};
