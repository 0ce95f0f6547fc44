import { z } from 'zod';
import {
  BooleanQuery,
  Id,
  MoneyAmount,
  OptionalText,
  RequiredName,
  Timestamp,
} from '../../../../kernel/http/common-schemas.ts';
import { DealSchema } from '../../../conveyor/index.ts';

const Currency = z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code like PLN');
const DateOnly = z.iso.date();

/** Whole multiples of 10^-decimals, whatever the binary rounding of the number. */
const atMostDecimals = (decimals: number) => (value: number) => {
  const scaled = value * 10 ** decimals;
  return Math.abs(Math.round(scaled) - scaled) < 1e-6;
};

export const ProductSchema = z
  .object({
    id: Id,
    name: z.string(),
    sku: z.string().nullable(),
    unit: z.string().nullable().describe('What one of it is: "pcs", "licence", "hour" …'),
    category: z.string().nullable(),
    active: z.boolean().describe('false: retired (kept on the deals that have it)'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Product' });

export const ProductBody = z
  .object({
    name: RequiredName,
    sku: OptionalText(100),
    unit: OptionalText(50),
    category: OptionalText(100),
    active: z.boolean().optional(),
  })
  .strict();

export const ProductPatchBody = z
  .object({
    name: RequiredName,
    sku: OptionalText(100),
    unit: OptionalText(50),
    category: OptionalText(100),
    active: z.boolean(),
  })
  .partial()
  .strict();

export const ProductQuery = z.object({
  active: BooleanQuery.optional().describe('Only active (true) or retired (false) products'),
  category: z.string().trim().min(1).max(100).optional().describe('Only this category'),
  q: z.string().trim().min(1).max(200).optional().describe('Name or SKU contains this'),
});

const PriceSchema = z.object({ productId: Id, unitPrice: z.number() });

export const PriceListSchema = z
  .object({
    id: Id,
    name: z.string(),
    currency: z.string(),
    validFrom: DateOnly.nullable().describe('First day it applies; null: always did'),
    validTo: DateOnly.nullable().describe('Last day it applies; null: until further notice'),
    active: z.boolean().describe('false: retired, prices nothing'),
    prices: z.array(PriceSchema),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'PriceList' });

const PricesBody = z.array(z.object({ productId: Id, unitPrice: MoneyAmount }).strict()).max(2000);

export const PriceListBody = z
  .object({
    name: RequiredName,
    currency: Currency,
    validFrom: DateOnly.nullable().optional(),
    validTo: DateOnly.nullable().optional(),
    active: z.boolean().optional(),
    prices: PricesBody,
  })
  .strict();

export const PriceListPatchBody = z
  .object({
    name: RequiredName,
    currency: Currency,
    validFrom: DateOnly.nullable(),
    validTo: DateOnly.nullable(),
    active: z.boolean(),
    prices: PricesBody.describe("Replaces all of the list's prices"),
  })
  .partial()
  .strict();

export const PriceListQuery = z.object({
  active: BooleanQuery.optional().describe('Only active (true) or retired (false) lists'),
  currency: Currency.optional().describe('Only lists in this currency'),
});

export const LineItemSchema = z
  .object({
    productId: Id,
    productName: z.string(),
    unit: z.string().nullable(),
    quantity: z.number(),
    unitPrice: z.number(),
    discountPercent: z.number(),
    amount: z.number().describe('quantity × unitPrice × (1 − discountPercent/100), to the cent'),
  })
  .meta({ id: 'LineItem' });

export const LineItemsBody = z
  .object({
    items: z
      .array(
        z
          .object({
            productId: Id,
            quantity: z
              .number()
              .positive()
              .max(1_000_000_000)
              .refine(atMostDecimals(3), 'At most 3 decimals'),
            unitPrice: MoneyAmount.optional().describe(
              "Absent: the price of the workspace's price list valid today in the deal's currency",
            ),
            discountPercent: z
              .number()
              .min(0)
              .max(100)
              .refine(atMostDecimals(2), 'At most 2 decimals')
              .optional(),
          })
          .strict(),
      )
      .max(200),
    useTotalAsValue: z
      .boolean()
      .optional()
      .describe('true: the total becomes the value again even after the value was set by hand'),
  })
  .strict();

export const DealWithLineItemsSchema = DealSchema.extend({
  lineItems: z.array(LineItemSchema),
  lineItemsTotal: z.number().describe('Σ of the line items, rounded to 2 decimals'),
  valueFromProducts: z
    .boolean()
    .describe("The value is the line items' total (false: none, or the value was set by hand)"),
}).meta({ id: 'DealWithLineItems' });
