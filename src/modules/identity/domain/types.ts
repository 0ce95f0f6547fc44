export interface WorkspaceSettings {
  requireNextActivity: boolean;
  defaultCountry: string | null;
  /** Base-currency units per unit of another currency (deal amounts in events and reports). */
  exchangeRates?: Record<string, number>;
}

export interface Workspace {
  id: string;
  name: string;
  locale: string;
  timezone: string;
  currency: string;
  settings: WorkspaceSettings;
  createdAt: Date;
  version: number;
}

export interface User {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  createdAt: Date;
}

export interface Membership {
  workspaceId: string;
  userId: string;
  role: string;
  salesRoles: string[];
  teamId: string | null;
  leadLimit: number | null;
  active: boolean;
  version: number;
}

/** A user as seen inside one workspace. */
export interface Member {
  user: User;
  membership: Membership;
}

export interface Team {
  id: string;
  name: string;
  createdAt: Date;
  version: number;
}

export interface ApiTokenInfo {
  id: string;
  userId: string;
  name: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
}
