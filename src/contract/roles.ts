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
