/**
 * The audit log's closed catalogue of actions (who did what to the workspace's trust and
 * configuration; ADR 029). Named `<subject>.<what happened>` in the past tense. Business facts
 * (a deal moved, a lead qualified) are the event log's, not the audit log's.
 */
export const AUDIT_ACTIONS = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.sign_in_throttled',
  'auth.signed_out',
  'auth.workspace_switched',
  'invitation.sent',
  'invitation.accepted',
  'invitation.declined',
  'invitation.withdrawn',
  'member.added',
  'member.role_changed',
  'member.updated',
  'member.deactivated',
  'member.reactivated',
  'team.created',
  'team.updated',
  'token.issued',
  'token.revoked',
  'workspace.created',
  'workspace.updated',
  'pipeline.created',
  'pipeline.updated',
  'loss_reason.created',
  'loss_reason.updated',
  'disqualification_reason.created',
  'disqualification_reason.updated',
  'lead_form.created',
  'lead_form.updated',
  'map_group.created',
  'map_group.updated',
  'map_group.deleted',
  'lamp.created',
  'lamp.updated',
  'lamp.deleted',
  'lamp.reading_recorded',
  'goal.set',
  'goal.deleted',
  'channel_cost.set',
  'channel_cost.deleted',
  'prospects.imported',
  'deal.gate_overridden',
  'export.downloaded',
  'note.deleted',
  'file.deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry is about. */
export const AUDIT_SUBJECT_KINDS = [
  'user',
  'invitation',
  'team',
  'token',
  'workspace',
  'pipeline',
  'loss_reason',
  'disqualification_reason',
  'lead_form',
  'map_group',
  'lamp',
  'goal',
  'channel_cost',
  'deal',
  'report',
  'prospect_import',
  'note',
  'file',
] as const;
export type AuditSubjectKind = (typeof AUDIT_SUBJECT_KINDS)[number];

/** A value an entry's details may hold: plain data, never a secret (ADR 029). */
export type AuditDetail = string | number | boolean | null | readonly string[];
export type AuditDetails = Readonly<Record<string, AuditDetail>>;
