import type { z } from 'zod';
import type { AuditEntry } from '../domain/audit-entry.ts';
import type { AuditEntrySchema } from './schemas.ts';

export function presentAuditEntry(entry: AuditEntry): z.input<typeof AuditEntrySchema> {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    subject: entry.subject && {
      kind: entry.subject.kind,
      id: entry.subject.id,
      label: entry.subject.label,
    },
    ip: entry.ip,
    details: { ...entry.details },
  };
}
