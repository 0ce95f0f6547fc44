import { z } from 'zod';
import { ERROR_CODES } from '../../contract/error-codes.ts';
import { hasAtMostCents } from '../domain/money/cents.ts';

export const Timestamp = z.iso.datetime({ offset: true });
export const Id = z.uuid();

export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z
      .enum(ERROR_CODES)
      .describe('Stable machine-readable error code (API.md, "Error codes")'),
    errors: z
      .array(FieldErrorSchema)
      .optional()
      .describe('Every invalid field (validation_failed)'),
    field: z
      .string()
      .optional()
      .describe(
        'The field that collided (duplicate); the first required field left empty (form_field_required)',
      ),
    fields: z
      .array(z.string())
      .optional()
      .describe('Every required field left empty (form_field_required)'),
    existing: z
      .object({ kind: z.string(), id: Id, name: z.string() })
      .optional()
      .describe('The record this one would duplicate (duplicate)'),
    stageIds: z.array(Id).optional().describe('The stages that hold deals (stage_in_use)'),
    unmet: z
      .array(
        z.object({
          stageId: Id,
          criterionId: Id.nullable(),
          kind: z.string(),
          label: z.string(),
        }),
      )
      .optional()
      .describe('The exit criteria still to be met (stage_gate_unmet)'),
    from: z.string().optional().describe("The lead's status (invalid_transition)"),
    to: z.string().optional().describe('The status asked for (invalid_transition)'),
    leadStatus: z.string().optional().describe("The lead's status (lead_not_qualified)"),
    userId: Id.optional().describe('The member at their limit (lead_limit_reached)'),
    leadLimit: z.number().int().nullable().optional().describe('Their limit (lead_limit_reached)'),
    openLeads: z.number().int().optional().describe('Their open leads (lead_limit_reached)'),
  })
  .meta({ id: 'Problem' });

/** Problem responses a route may give, for the OpenAPI document. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema])) as Record<
    number,
    typeof ProblemSchema
  >;
}

export const IdParams = z.object({ id: Id });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(1000).optional(),
});

/** A yes/no query parameter: the string `true` or `false`. */
export const BooleanQuery = z.enum(['true', 'false']);

/** A BooleanQuery value as a boolean; absent → null (no filter). */
export function queryFlag(value: 'true' | 'false' | undefined): boolean | null {
  return value === undefined ? null : value === 'true';
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Optional free text: trimmed; empty becomes null so "clear this field" is easy. */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const RequiredName = z.string().trim().min(1, 'Required').max(200);

/** A money amount in major units: not negative, whole cents (API.md, "Money"). */
export const MoneyAmount = z
  .number()
  .min(0)
  .max(999_999_999_999)
  .refine(hasAtMostCents, 'At most 2 decimals');
