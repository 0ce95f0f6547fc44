import { z } from 'zod';
import { ERROR_CODES } from '../../contract/error-codes.ts';
import { hasAtMostCents } from '../domain/money/cents.ts';
import { STATUS_BY_CODE } from './errors/status-by-code.ts';
import { BOOLEAN_QUERY_VALUES, type BooleanQueryValue } from '../../contract/query.ts';

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
    productIds: z
      .array(Id)
      .optional()
      .describe(
        'The products unknown or retired (product_invalid) or without a price (price_missing)',
      ),
  })
  .meta({ id: 'Problem' });

/** What each problem status means, for the OpenAPI document; `code` names the exact failure. */
const PROBLEM_MEANINGS = {
  400: 'Invalid input: `errors` lists every bad field, query or path parameter or `If-Match`. Nothing changed.',
  401: 'Not signed in, the API token is invalid or revoked, or the e-mail or password is wrong.',
  403: 'Refused: the role may not do this, the token lacks the scope, or a cookie-authenticated write came from another site (CSRF).',
  404: 'No such record in this workspace; records of other workspaces are indistinguishable from missing ones.',
  409: 'Conflicts with the current state. Nothing changed.',
  412: '`If-Match` names a stale version: reload and retry. Nothing changed.',
  413: 'The body is larger than this operation accepts.',
  415: 'The body has a content type this operation does not accept.',
  422: 'Well-formed, but against a business rule. Nothing changed.',
  429: 'Too many requests: try again later.',
} as const;

/** Codes the HTTP layer sends by itself (errors/problem.ts), beside the domain's. */
const HTTP_CODES: Partial<Record<number, string[]>> = {
  413: ['payload_too_large'],
  415: ['unsupported_media_type'],
};

function problemDescription(status: ProblemStatus): string {
  const codes = [
    ...Object.entries(STATUS_BY_CODE)
      .filter(([, codeStatus]) => codeStatus === status)
      .map(([code]) => code),
    ...(HTTP_CODES[status] ?? []),
  ];
  const list = codes.map((code) => `\`${code}\``).join(', ');
  return `${PROBLEM_MEANINGS[status]} ${codes.length === 1 ? 'Code' : 'Codes'}: ${list}.`;
}

export type ProblemStatus = keyof typeof PROBLEM_MEANINGS;

/** The media type of every problem answer (RFC 9457); `sendProblem` sets it. */
const PROBLEM_MEDIA_TYPE = 'application/problem+json';

interface ProblemResponse {
  description: string;
  content: { [PROBLEM_MEDIA_TYPE]: { schema: typeof ProblemSchema } };
}

/**
 * Problem responses a route may give, for the OpenAPI document: each status as
 * application/problem+json with the Problem schema (the media type the server sends, so the
 * answer is still serialized with the Problem schema).
 */
export function problems(...statuses: ProblemStatus[]): Record<number, ProblemResponse> {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: problemDescription(status),
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  );
}

export const IdParams = z.object({ id: Id });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(1000).optional(),
});

/** A yes/no query parameter: the string `true` or `false`. */
export const BooleanQuery = z.enum(BOOLEAN_QUERY_VALUES);

/** A BooleanQuery value as a boolean; absent → null (no filter). */
export function queryFlag(value: BooleanQueryValue | undefined): boolean | null {
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

/**
 * A warm loss or disqualification reason (API.md "The whole conveyor"): the deal or lead is
 * worth another try after `revisitDays`, and closing it for this reason plans that revisit.
 */
export const Warm = z
  .object({ revisitDays: z.number().int().min(1).max(3650) })
  .strict()
  .meta({ id: 'Warm' });

/** What a reason's usage standard must say. */
export const Standard = z.string().trim().min(1, 'Say when this reason is to be used').max(2000);

/** Stored revisit days as the API's `warm` object (null: a cold reason). */
export const warmOf = (revisitDays: number | null) =>
  revisitDays === null ? null : { revisitDays };

/** The API's `warm` as stored revisit days: absent stays absent, null makes a reason cold. */
export const revisitDaysOf = (warm: { revisitDays: number } | null | undefined) =>
  warm === undefined ? {} : { revisitDays: warm?.revisitDays ?? null };
