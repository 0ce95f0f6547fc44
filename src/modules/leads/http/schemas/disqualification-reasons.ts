import { z } from 'zod';
import {
  BooleanQuery,
  Id,
  RequiredName,
  Standard,
  Timestamp,
  Warm,
} from '../../../../kernel/http/common-schemas.ts';

export const DisqualificationReasonSchema = z
  .object({
    id: Id,
    name: z.string(),
    standard: z.string().describe('When to use this reason'),
    warm: Warm.nullable().describe('Warm: the lead is revisited after revisitDays; null: cold'),
    active: z.boolean(),
    order: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'DisqualificationReason' });

export const DisqualificationReasonBody = z
  .object({ name: RequiredName, standard: Standard, warm: Warm.nullable().optional() })
  .strict();

export const DisqualificationReasonPatchBody = z
  .object({ name: RequiredName, standard: Standard, warm: Warm.nullable(), active: z.boolean() })
  .partial()
  .strict();

export const DisqualificationReasonQuery = z.object({
  active: BooleanQuery.optional().describe('Only active (true) or retired (false) reasons'),
});
