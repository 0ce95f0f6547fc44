import type { FieldError } from '../../../kernel/domain/errors.ts';
import { FORM_FIELDS, type FormField } from '../../../contract/leads.ts';

export interface FieldRule {
  /** Shown in the copy-paste snippet. */
  visible: boolean;
  /** A submission without it is refused (422 form_field_required). */
  required: boolean;
}
export type FormFieldRules = Record<FormField, FieldRule>;
export type FormFieldRulesPatch = Partial<Record<FormField, Partial<FieldRule>>>;

const rules = (requiredName: boolean): FormFieldRules => ({
  name: { visible: true, required: requiredName },
  email: { visible: true, required: false },
  phone: { visible: true, required: false },
  company: { visible: true, required: false },
  message: { visible: true, required: false },
});

/**
 * Forms made before fields were configurable: everything shown, nothing required — exactly what
 * their submission URL accepted, so integrations posting to them keep working.
 */
export const LEGACY_FIELD_RULES: FormFieldRules = rules(false);

/** A new form asks for a name (its snippet always did) and offers the rest. */
export const DEFAULT_FIELD_RULES: FormFieldRules = rules(true);

/** `base` with the given fields' settings changed. */
export function mergeFieldRules(
  base: FormFieldRules,
  patch: FormFieldRulesPatch | undefined,
): FormFieldRules {
  const merged = { ...base };
  for (const field of FORM_FIELDS) merged[field] = { ...base[field], ...patch?.[field] };
  return merged;
}

/** What makes a set of rules unusable: a hidden field that is required, no way to name a lead. */
export function fieldRuleProblems(r: FormFieldRules): FieldError[] {
  const problems: FieldError[] = FORM_FIELDS.filter((f) => r[f].required && !r[f].visible).map(
    (f) => ({ path: `fields.${f}.required`, message: 'A hidden field cannot be required' }),
  );
  if (!r.name.visible && !r.email.visible && !r.phone.visible) {
    problems.push({ path: 'fields', message: 'Show the name, the e-mail or the phone' });
  }
  return problems;
}

/** The required fields a submission left empty (absent or blank), in the form's order. */
export function missingRequired(
  r: FormFieldRules,
  values: Partial<Record<FormField, string | undefined>>,
): FormField[] {
  return FORM_FIELDS.filter((f) => r[f].required && !values[f]?.trim());
}
