import type { Me } from '../app/get-me.ts';
import type { Locale, Role, SalesRole, TokenScope } from '../../../contract/roles.ts';
import type { ApiTokenInfo, Member, Team, Workspace } from '../domain/types.ts';

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
