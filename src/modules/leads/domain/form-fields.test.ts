import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIELD_RULES,
  fieldRuleProblems,
  LEGACY_FIELD_RULES,
  mergeFieldRules,
  missingRequired,
} from './form-fields.ts';

describe('web-form field rules', () => {
  it('merges a partial change over the current rules', () => {
    const r = mergeFieldRules(DEFAULT_FIELD_RULES, {
      phone: { required: true },
      message: { visible: false },
    });
    expect(r.phone).toEqual({ visible: true, required: true });
    expect(r.message).toEqual({ visible: false, required: false });
    expect(r.name).toEqual({ visible: true, required: true });
    expect(LEGACY_FIELD_RULES.name.required).toBe(false);
  });

  it('refuses a hidden required field and a form that cannot name its lead', () => {
    expect(fieldRuleProblems(DEFAULT_FIELD_RULES)).toEqual([]);
    const hidden = mergeFieldRules(DEFAULT_FIELD_RULES, {
      company: { visible: false, required: true },
    });
    expect(fieldRuleProblems(hidden).map((p) => p.path)).toEqual(['fields.company.required']);
    const nameless = mergeFieldRules(DEFAULT_FIELD_RULES, {
      name: { visible: false, required: false },
      email: { visible: false },
      phone: { visible: false },
    });
    expect(fieldRuleProblems(nameless).map((p) => p.path)).toEqual(['fields']);
  });

  it('names every required field left absent or blank', () => {
    const r = mergeFieldRules(DEFAULT_FIELD_RULES, { phone: { required: true } });
    expect(missingRequired(r, { name: 'Jan', phone: '601' })).toEqual([]);
    expect(missingRequired(r, { name: '  ', email: 'a@b.c' })).toEqual(['name', 'phone']);
    expect(missingRequired(LEGACY_FIELD_RULES, {})).toEqual([]);
  });
});
