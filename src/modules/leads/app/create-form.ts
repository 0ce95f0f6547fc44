import { randomBytes } from 'node:crypto';
import { insertForm, type FormRow } from '../db/forms-repo.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { validationError } from '../../../kernel/domain/errors.ts';
import {
  DEFAULT_FIELD_RULES,
  fieldRuleProblems,
  mergeFieldRules,
  type FormFieldRules,
  type FormFieldRulesPatch,
} from '../domain/form-fields.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { audit } from '../../../kernel/app/audit.ts';

export interface FormFields {
  name: string;
  medium?: string | null;
  campaign?: string | null;
  redirectUrl?: string | null;
  thankYouText?: string | null;
  /** Fields not named keep their current settings (on a new form: the defaults). */
  fields?: FormFieldRulesPatch;
}

/** The rules after the change, or 400 validation_failed naming what makes them unusable. */
export function fieldRules(base: FormFieldRules, patch: FormFieldRulesPatch | undefined) {
  const rules = mergeFieldRules(base, patch);
  const problems = fieldRuleProblems(rules);
  if (problems.length > 0) throw validationError(problems);
  return rules;
}

/** The medium a form's leads carry when neither the form nor the page's UTM names one. */
export const DEFAULT_FORM_MEDIUM = 'web_form';

/** A web form with an unguessable public key; managers and admins set them up. */
export async function createForm(input: FormFields, { actor, tx, clock }: Deps): Promise<FormRow> {
  requireManager(actor);
  const now = clock.now();
  const form = await insertForm(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    key: randomBytes(12).toString('base64url'),
    name: input.name,
    medium: input.medium ?? DEFAULT_FORM_MEDIUM,
    campaign: input.campaign ?? null,
    redirectUrl: input.redirectUrl ?? null,
    thankYouText: input.thankYouText ?? null,
    fields: fieldRules(DEFAULT_FIELD_RULES, input.fields),
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await audit({ actor, tx, clock }, { action: 'lead_form.created', subject: formSubject(form) });
  return form;
}

/** A web form as the audit log names it. */
export const formSubject = (form: { id: string; name: string }) =>
  ({ kind: 'lead_form', id: form.id, label: form.name }) as const;
