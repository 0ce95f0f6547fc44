import type { TFunction } from 'i18next';
import type { AuditEntry } from './api/types.ts';

/** An action in words ("Signed in", "Token revoked"), never its code. */
export function actionWords(t: TFunction, action: AuditEntry['action']): string {
  return t(`audit.actions.${action}`);
}

/** What an entry is about: its name then (or a report's title), else the kind of thing. */
export function subjectWords(t: TFunction, subject: AuditEntry['subject']): string {
  if (!subject) return '';
  if (subject.kind === 'report' && subject.id) {
    return t(`audit.reports.${subject.id}`, { defaultValue: t('audit.subjects.report') });
  }
  return subject.label ?? t(`audit.subjects.${subject.kind}`);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The few details worth a line in the table, in words: a role from and to, the fields changed,
 * a gate override's reason, an export's format and period, a hand-entered lamp value, an
 * import's counts. Ids and the rest stay in the API.
 */
export function detailWords(t: TFunction, entry: AuditEntry): string {
  const d = entry.details;
  switch (entry.action) {
    case 'member.role_changed':
      return t('audit.details.role', {
        from: t(`roles.${text(d.from) ?? ''}`),
        to: t(`roles.${text(d.to) ?? ''}`),
      });
    case 'member.added':
    case 'invitation.sent':
      return text(d.role) ? t('audit.details.asRole', { role: t(`roles.${text(d.role)}`) }) : '';
    case 'lamp.reading_recorded': {
      const week = text(d.week) ?? '';
      return typeof d.value === 'number'
        ? t('audit.details.reading', { week, value: d.value })
        : t('audit.details.readingCleared', { week });
    }
    case 'prospects.imported':
      return t('audit.details.imported', {
        count: typeof d.imported === 'number' ? d.imported : 0,
        queued: typeof d.queued === 'number' ? d.queued : 0,
        skipped: typeof d.skipped === 'number' ? d.skipped : 0,
      });
    case 'deal.gate_overridden':
      return t('audit.details.reason', { reason: text(d.reason) ?? '' });
    case 'export.downloaded': {
      const format = (text(d.format) ?? '').toUpperCase();
      const [from, to] = [text(d.from), text(d.to)];
      return from && to
        ? t('audit.details.exportPeriod', { format, from, to })
        : t('audit.details.export', { format });
    }
    default: {
      const fields = Array.isArray(d.fields) ? d.fields.filter((f) => typeof f === 'string') : [];
      if (fields.length === 0) return '';
      const names = fields.map((field) => t(`audit.fields.${field}`, { defaultValue: field }));
      return t('audit.details.fields', { fields: names.join(', '), count: names.length });
    }
  }
}
