import type { RecordPermissions } from '../../../contract/roles.ts';

/** What the first-steps checklist cannot read from the data: seen pages and a dismissal. */
export interface FirstStepsMarks {
  pipelineSeenAt?: string;
  mapSeenAt?: string;
  dismissed?: boolean;
}

export interface WorkspaceSettings {
  requireNextActivity: boolean;
  defaultCountry: string | null;
  /** Base-currency units per unit of another currency (deal amounts in events and reports). */
  exchangeRates?: Record<string, number>;
  /** Which records managers and members see and edit; absent = the defaults (docs/permissions.md). */
  permissions?: RecordPermissions;
  /** The first-steps checklist's own marks (the onboarding module): pages seen, dismissed. */
  firstSteps?: FirstStepsMarks;
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

/** An invitation of an existing account into a workspace (ADR 026). */
export interface Invitation {
  workspaceId: string;
  id: string;
  /** The e-mail the admin typed: all the inviting workspace knows of the person. */
  email: string;
  userId: string;
  invitedBy: string;
  role: string;
  salesRoles: string[];
  teamId: string | null;
  leadLimit: number | null;
  state: string;
  createdAt: Date;
  answeredAt: Date | null;
}

/** An invitation as the invited person sees it. */
export interface ReceivedInvitation {
  invitation: Invitation;
  workspace: { id: string; name: string };
  invitedBy: { name: string };
}
