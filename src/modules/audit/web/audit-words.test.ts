import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_KINDS } from '../../../contract/audit.ts';
import { loadTranslators } from '../../../web/locales/test-translators.ts';
import type { AuditEntry } from './api/types.ts';
import { actionWords, detailWords, subjectWords } from './audit-words.ts';

const translators: Record<string, TFunction> = {};

beforeAll(async () => {
  Object.assign(translators, await loadTranslators());
});

function entry(patch: Partial<AuditEntry>): AuditEntry {
  return {
    id: '0190b5a0-0000-7000-8000-000000000001',
    at: '2026-11-23T09:30:00Z',
    actorId: null,
    action: 'auth.signed_in',
    subject: null,
    ip: '192.0.2.1',
    details: {},
    ...patch,
  };
}

describe.each(['en', 'pl', 'ru'])('the audit log in %s', (code) => {
  it('names every action and every kind of subject in words, never by its code', () => {
    const t = translators[code]!;
    for (const action of AUDIT_ACTIONS) {
      const words = actionWords(t, action);
      expect(words, action).not.toBe(`audit.actions.${action}`);
      expect(words, action).not.toContain('_');
    }
    for (const kind of AUDIT_SUBJECT_KINDS) {
      expect(subjectWords(t, { kind, id: null, label: null }), kind).not.toContain('audit.');
    }
  });

  it('says a role change, an override, an export and the fields changed in words', () => {
    const t = translators[code]!;
    const role = detailWords(
      t,
      entry({ action: 'member.role_changed', details: { from: 'member', to: 'manager' } }),
    );
    expect(role).toContain(t('roles.member'));
    expect(role).toContain(t('roles.manager'));
    expect(
      detailWords(t, entry({ action: 'deal.gate_overridden', details: { reason: 'Fair' } })),
    ).toContain('Fair');
    const exported = entry({
      action: 'export.downloaded',
      subject: { kind: 'report', id: 'people', label: null },
      details: { format: 'csv', from: '2026-01-01', to: '2026-03-31' },
    });
    expect(detailWords(t, exported)).toContain('CSV');
    expect(detailWords(t, exported)).toContain('2026-03-31');
    expect(subjectWords(t, exported.subject)).toBe(t('audit.reports.people'));
    const fields = detailWords(
      t,
      entry({ action: 'pipeline.updated', details: { fields: ['name', 'stages'] } }),
    );
    expect(fields).toContain(t('audit.fields.stages'));
    expect(fields).not.toContain('stages,');
  });

  it("says a hand-entered lamp value and an import's counts in words, plurals included", () => {
    const t = translators[code]!;
    const reading = (value: number | null) =>
      detailWords(
        t,
        entry({ action: 'lamp.reading_recorded', details: { week: '2026-W47', value } }),
      );
    expect(reading(42)).toContain('42');
    expect(reading(42)).toContain('2026-W47');
    expect(reading(null)).not.toContain('null');
    for (const imported of [1, 3, 5, 21]) {
      const words = detailWords(
        t,
        entry({ action: 'prospects.imported', details: { imported, queued: 0, skipped: 2 } }),
      );
      expect(words).toContain(String(imported));
      expect(words).not.toContain('{{');
      expect(words).not.toContain('audit.');
    }
  });
});

describe('the audit log in English', () => {
  it('reads as a person would say it', () => {
    const t = translators.en!;
    expect(actionWords(t, 'token.revoked')).toBe('API token revoked');
    expect(
      detailWords(
        t,
        entry({ action: 'member.role_changed', details: { from: 'member', to: 'admin' } }),
      ),
    ).toBe('Member → Administrator');
    expect(
      detailWords(t, entry({ action: 'lamp.updated', details: { fields: ['thresholds'] } })),
    ).toBe('Changed: thresholds');
    const imported = (count: number) =>
      detailWords(
        t,
        entry({
          action: 'prospects.imported',
          details: { imported: count, queued: 1, skipped: 0 },
        }),
      );
    expect(imported(1)).toBe('1 lead imported, 1 to the queue, 0 rows skipped');
    expect(imported(12)).toBe('12 leads imported, 1 to the queue, 0 rows skipped');
    expect(subjectWords(t, { kind: 'pipeline', id: 'x', label: 'New business' })).toBe(
      'New business',
    );
  });
});
