import { z } from 'zod';
import {
  Id,
  MoneyAmount,
  OptionalText,
  Timestamp,
} from '../../../../kernel/http/common-schemas.ts';
import { CHANNELS } from '../../../../contract/sources.ts';

const Month = z
  .string()
  .regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, 'A month like 2026-11 (years 1900–2999)')
  .describe('A calendar month, YYYY-MM');
const Channel = z.enum(CHANNELS);

export const ChannelCostSchema = z
  .object({
    id: Id,
    month: z.string().describe('YYYY-MM'),
    channel: Channel,
    medium: z.string().nullable().describe('null: the whole channel (or no medium)'),
    campaign: z.string().nullable(),
    amount: z.number().describe("What the source cost that month, in the workspace's currency"),
    currency: z.string(),
    updatedBy: Id,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.int(),
  })
  .meta({ id: 'ChannelCost' });

export const ChannelCostBody = z
  .object({
    month: Month,
    channel: Channel,
    medium: OptionalText(100).describe('As leads and deals carry it (e.g. web_form, cold_call)'),
    campaign: OptionalText(200),
    amount: MoneyAmount.describe("In the workspace's currency; 0 records a free source"),
  })
  .strict();

export const ChannelCostQuery = z.object({
  from: Month.optional().describe('First month, inclusive'),
  to: Month.optional().describe('Last month, inclusive'),
  channel: Channel.optional(),
});
