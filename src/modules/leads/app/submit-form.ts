import { findFormByKey, type FormRow } from '../db/forms-repo.ts';
import { findWorkspace } from '../../identity/index.ts';
import { normalizeEmail } from '../../../kernel/domain/email.ts';
import { normalizePhone } from '../../accounts/index.ts';
import { autoSubjects } from '../domain/auto-subjects.ts';
import { DomainError, notFound, validationError } from '../../../kernel/domain/errors.ts';
import { missingRequired } from '../domain/form-fields.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { openLead } from './open-lead.ts';
import { planFollowUp } from './plan-follow-up.ts';

export interface FormSubmission {
  formKey: string;
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
  message?: string;
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
  /** Honeypot: hidden from people, filled in by bots. */
  website?: string;
}

export interface SubmissionResult {
  form: FormRow;
  /** Null when the submission was dropped as spam (the sender is not told). */
  leadId: string | null;
}

/**
 * A public web-form submission: an inbound lead with the page's UTM source (else the form's),
 * routed like any other, with a reply task for its owner. Unknown or inactive form → 404; a
 * required field left empty → 422 form_field_required naming it, before anything is written.
 */
export async function submitForm(
  input: FormSubmission,
  { tx, clock }: PublicDeps,
): Promise<SubmissionResult> {
  const form = await findFormByKey(tx, input.formKey);
  if (!form || !form.active) throw notFound('form');
  if (input.website) return { form, leadId: null };
  const missing = missingRequired(form.fields, input);
  if (missing.length > 0) {
    throw new DomainError('form_field_required', `Fill in: ${missing.join(', ')}`, {
      field: missing[0],
      fields: missing,
    });
  }
  const name = input.name || input.email || input.phone;
  if (!name) {
    throw validationError([{ path: 'name', message: 'Give a name, an e-mail or a phone' }]);
  }
  const workspace = (await findWorkspace(tx, form.workspaceId))!;
  const phone = input.phone ? normalizePhone(input.phone, workspace.settings.defaultCountry) : null;
  // A phone we cannot read is kept in the message rather than losing the enquiry.
  const unreadPhone = input.phone && !phone ? `Phone: ${input.phone}` : null;
  const message = [input.message, unreadPhone].filter(Boolean).join('\n\n') || null;
  const now = clock.now();
  const lead = await openLead(
    tx,
    form.workspaceId,
    {
      name,
      companyName: input.company || null,
      email: input.email ? normalizeEmail(input.email) : null,
      phone,
      message,
      source: {
        channel: 'inbound',
        medium: input.utm_medium || form.medium,
        campaign: input.utm_campaign || form.campaign,
      },
      origin: { formId: form.id, utmSource: input.utm_source || null },
    },
    null,
    now,
  );
  await planFollowUp(
    tx,
    form.workspaceId,
    {
      type: 'task',
      subject: autoSubjects(workspace.locale).replyToEnquiry({ name, form: form.name }),
      leadId: lead.id,
      contactId: lead.contactId,
      ownerId: lead.ownerId,
      createdBy: form.createdBy,
    },
    null,
    now,
  );
  return { form, leadId: lead.id };
}
