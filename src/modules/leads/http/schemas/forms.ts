import { z } from 'zod';
import {
  Id,
  OptionalText,
  RequiredName,
  Timestamp,
} from '../../../../kernel/http/common-schemas.ts';
import { FORM_FIELDS, type FormField } from '../../../../contract/leads.ts';

const nullable = z.string().nullable();

const fieldsOf = <T extends z.ZodType>(rule: T) =>
  z.object(Object.fromEntries(FORM_FIELDS.map((f) => [f, rule])) as Record<FormField, T>);

export const FormFieldRulesSchema = fieldsOf(
  z.object({
    visible: z.boolean().describe('Shown in the copy-paste snippet'),
    required: z
      .boolean()
      .describe('A submission without it is refused: 422 form_field_required naming it'),
  }),
).meta({ id: 'FormFieldRules' });

const FieldRulesBody = fieldsOf(
  z.object({ visible: z.boolean(), required: z.boolean() }).partial().strict().optional(),
)
  .strict()
  .describe(
    'Per field: shown in the snippet, required on submission (a required field must be shown, and the name, e-mail or phone must be). Fields not named keep their settings; a new form shows every field and requires the name.',
  );
const WebUrl = z
  .url({ protocol: /^https?$/, error: 'An http(s) URL' })
  .max(2000)
  .nullable()
  .optional();

export const FormSchema = z
  .object({
    id: Id,
    key: z.string().describe('Public: the submission URL is /api/v1/forms/{key}/submissions'),
    name: z.string(),
    medium: nullable,
    campaign: nullable,
    redirectUrl: nullable,
    thankYouText: nullable,
    fields: FormFieldRulesSchema,
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Form' });

export const FormBody = z
  .object({
    name: RequiredName,
    medium: OptionalText(100).describe('Default "web_form"; a page\'s utm_medium wins'),
    campaign: OptionalText(200).describe("A page's utm_campaign wins"),
    redirectUrl: WebUrl.describe('Where a browser posting the form is sent (303) afterwards'),
    thankYouText: OptionalText(2000),
    fields: FieldRulesBody.optional(),
  })
  .strict();

export const FormPatchBody = FormBody.extend({ active: z.boolean() }).partial().strict();

const Field = (max: number) => z.string().trim().max(max).optional();

/** A public submission, JSON or form-encoded; unknown fields (a submit button) are ignored. */
export const SubmissionBody = z.object({
  name: Field(200),
  email: z.union([z.literal(''), z.email('Not a valid e-mail address').max(254)]).optional(),
  phone: Field(40),
  company: Field(200),
  message: Field(10_000),
  utm_source: Field(200),
  utm_medium: Field(100),
  utm_campaign: Field(200),
  website: z.string().max(2000).optional().describe('Honeypot: leave empty (hidden from people)'),
});

export const SubmissionSchema = z
  .object({
    received: z.literal(true),
    thankYouText: nullable,
  })
  .meta({ id: 'FormSubmissionReceipt' });
