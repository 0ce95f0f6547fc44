import { findForm, updateForm as updateRow, type FormRow } from '../db/forms-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { fieldRules, type FormFields } from './create-form.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { changedFields } from '../../../kernel/domain/changed-fields.ts';
import { formSubject } from './create-form.ts';

export interface UpdateFormInput extends Partial<FormFields> {
  formId: string;
  expectedVersion?: number;
  /** false: submissions are refused (404) until it is switched back on. */
  active?: boolean;
}

export async function updateForm(
  input: UpdateFormInput,
  { actor, tx, clock }: Deps,
): Promise<FormRow> {
  requireManager(actor);
  const { formId, expectedVersion, fields, ...rest } = input;
  const current = await findForm(tx, actor.workspaceId, formId);
  if (!current) throw notFound('form');
  const patch =
    fields === undefined ? rest : { ...rest, fields: fieldRules(current.fields, fields) };
  const updated = await updateRow(
    tx,
    actor.workspaceId,
    formId,
    patch,
    expectedVersion,
    clock.now(),
  );
  if (!updated) throw new DomainError('version_conflict', 'This form was changed by someone else.');
  await audit(
    { actor, tx, clock },
    {
      action: 'lead_form.updated',
      subject: formSubject(updated),
      details: { fields: changedFields(input, ['formId']) },
    },
  );
  return updated;
}
