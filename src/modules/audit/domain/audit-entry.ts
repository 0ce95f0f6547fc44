import type { AuditAction, AuditDetails, AuditSubjectKind } from '../../../contract/audit.ts';

/** One entry of the audit log as stored: what happened, who did it, to what, from where. */
export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  action: AuditAction;
  subject: { kind: AuditSubjectKind; id: string | null; label: string | null } | null;
  ip: string | null;
  details: AuditDetails;
}

/**
 * What the log may be narrowed to: a period of local days in the workspace's time zone (both
 * inclusive, YYYY-MM-DD, as the reports take them), a person, an action.
 */
export interface AuditFilter {
  from: string | null;
  to: string | null;
  actorId: string | null;
  action: AuditAction | null;
}

/** Where a page starts: just after this entry, in the log's order (newest first). */
export interface AuditPosition {
  at: Date;
  id: string;
}
