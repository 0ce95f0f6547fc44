import {
  DEFAULT_RECORD_PERMISSIONS,
  narrowerScope,
  RECORD_SCOPES,
  type RecordPermissions,
  type RecordScope,
  type Role,
} from '../../../contract/roles.ts';
import { EVERY_RECORD, type RecordAccess } from '../../../kernel/app/context.ts';

function scopeOr(value: unknown, fallback: RecordScope): RecordScope {
  return (RECORD_SCOPES as readonly unknown[]).includes(value) ? (value as RecordScope) : fallback;
}

/**
 * The workspace's `permissions` setting with every gap filled by the defaults (older workspaces
 * have no setting; the column is JSON, so a stray value falls back rather than failing).
 */
export function recordPermissions(setting: unknown): RecordPermissions {
  const stored = (setting ?? {}) as Partial<Record<keyof RecordPermissions, Partial<object>>>;
  const read = (role: keyof RecordPermissions) => {
    const given = (stored[role] ?? {}) as { view?: unknown; edit?: unknown };
    const fallback = DEFAULT_RECORD_PERMISSIONS[role];
    const view = scopeOr(given.view, fallback.view);
    // Nobody edits what they cannot see.
    return { view, edit: narrowerScope(scopeOr(given.edit, fallback.edit), view) };
  };
  return { manager: read('manager'), member: read('member') };
}

/** What one person reaches, from their role, their team and the workspace's setting. */
export function recordAccessFor(role: Role, setting: unknown, teamId: string | null): RecordAccess {
  if (role === 'admin') return EVERY_RECORD;
  const { view, edit } = recordPermissions(setting)[role];
  return { view, edit, teamId };
}
