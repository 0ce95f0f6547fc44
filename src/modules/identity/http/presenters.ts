import { recordPermissions } from '../app/record-access.ts';
import type { Me } from '../app/get-me.ts';
import type { Locale, Role, SalesRole, TokenScope } from '../../../contract/roles.ts';
import type { InvitationState } from '../../../contract/invitations.ts';
import type {
  ApiTokenInfo,
  Invitation,
  Member,
  ReceivedInvitation,
  Team,
  Workspace,
} from '../domain/types.ts';

// Presenters list every field a response returns; nothing else leaves the server.

export function presentWorkspace(w: Workspace) {
  return {
    id: w.id,
    name: w.name,
    locale: w.locale as Locale,
    timezone: w.timezone,
    currency: w.currency,
    settings: {
      requireNextActivity: w.settings.requireNextActivity,
      defaultCountry: w.settings.defaultCountry,
      exchangeRates: w.settings.exchangeRates ?? {},
      permissions: recordPermissions(w.settings.permissions),
    },
    version: w.version,
    createdAt: w.createdAt.toISOString(),
  };
}

export function presentUser({ user, membership }: Member) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale as Locale | null,
    role: membership.role as Role,
    salesRoles: membership.salesRoles as SalesRole[],
    teamId: membership.teamId,
    leadLimit: membership.leadLimit,
    active: membership.active,
    createdAt: user.createdAt.toISOString(),
    version: membership.version,
  };
}

export function presentWorkspaceRef(w: { id: string; name: string; role: string }) {
  return { id: w.id, name: w.name, role: w.role as Role };
}

export function presentMe(me: Me) {
  return {
    user: presentUser(me.member),
    workspace: presentWorkspace(me.workspace),
    workspaces: me.workspaces.map(presentWorkspaceRef),
  };
}

export function presentTeam(t: Team) {
  return { id: t.id, name: t.name, createdAt: t.createdAt.toISOString(), version: t.version };
}

export function presentToken(t: ApiTokenInfo) {
  return {
    id: t.id,
    name: t.name,
    userId: t.userId,
    scopes: t.scopes as TokenScope[],
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  };
}

export function presentSetupStatus(s: { setupRequired: boolean }) {
  return { setupRequired: s.setupRequired };
}

/** Only what the inviting workspace typed: nothing of the invited account leaves the server. */
export function presentInvitation(i: Invitation) {
  return { id: i.id, email: i.email, state: i.state as InvitationState };
}

export function presentWorkspaceInvitation(i: Invitation) {
  return {
    ...presentInvitation(i),
    role: i.role as Role,
    salesRoles: i.salesRoles as SalesRole[],
    teamId: i.teamId,
    leadLimit: i.leadLimit,
    createdAt: i.createdAt.toISOString(),
  };
}

export function presentReceivedInvitation(r: ReceivedInvitation) {
  return {
    ...presentInvitation(r.invitation),
    workspace: { id: r.workspace.id, name: r.workspace.name },
    invitedBy: { name: r.invitedBy.name },
    role: r.invitation.role as Role,
    createdAt: r.invitation.createdAt.toISOString(),
    answeredAt: r.invitation.answeredAt?.toISOString() ?? null,
  };
}
