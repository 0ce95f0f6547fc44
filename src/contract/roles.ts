export const ROLES = ['admin', 'manager', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const SALES_ROLES = [
  'prospector',
  'hunter',
  'closer',
  'account_manager',
  'key_account_manager',
  'marketer',
  'service',
] as const;
export type SalesRole = (typeof SALES_ROLES)[number];

export const LOCALES = ['en', 'pl', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const TOKEN_SCOPES = ['api', 'integrations:telephony'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Only admins manage users, teams, tokens of others and workspace settings. */
export function canManageWorkspace(role: Role): boolean {
  return role === 'admin';
}

/** Managers and admins may override gates and see everyone's work. */
export function isManager(role: Role): boolean {
  return role === 'admin' || role === 'manager';
}

/** Which records a role's people see or edit (workspace setting `permissions`, docs/permissions.md). */
export const RECORD_SCOPES = ['all', 'team', 'own'] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];

/** The roles the `permissions` setting narrows: admins always see and edit everything. */
export const PERMISSION_ROLES = ['manager', 'member'] as const satisfies ReadonlyArray<Role>;
export type PermissionRole = (typeof PERMISSION_ROLES)[number];

export interface RecordPermission {
  view: RecordScope;
  edit: RecordScope;
}
export type RecordPermissions = Record<PermissionRole, RecordPermission>;

/**
 * The defaults (HubSpot-like): members see everything and edit their own and their team's
 * records; managers see and edit everything.
 */
export const DEFAULT_RECORD_PERMISSIONS: RecordPermissions = {
  manager: { view: 'all', edit: 'all' },
  member: { view: 'all', edit: 'team' },
};

const SCOPE_BREADTH: Record<RecordScope, number> = { own: 0, team: 1, all: 2 };

/** A person edits only what they can see: the narrower of the two wins. */
export function narrowerScope(a: RecordScope, b: RecordScope): RecordScope {
  return SCOPE_BREADTH[a] <= SCOPE_BREADTH[b] ? a : b;
}

/**
 * Whether a scope reaches a record with this owner (the web's mirror of the server's check: the
 * server decides; the web only disables what it would refuse). Nobody's records are everyone's;
 * "team" without a team is one's own.
 */
export function scopeReaches(
  scope: RecordScope,
  me: { id: string; teamId: string | null },
  owner: { id: string; teamId: string | null } | null,
): boolean {
  if (scope === 'all' || owner === null || owner.id === me.id) return true;
  return scope === 'team' && me.teamId !== null && owner.teamId === me.teamId;
}
