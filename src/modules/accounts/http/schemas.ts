import { z } from 'zod';
import { Id, OptionalText, RequiredName, Timestamp } from '../../../kernel/http/common-schemas.ts';

const nullable = z.string().nullable();

export const CompanySchema = z
  .object({
    id: Id,
    name: z.string(),
    website: nullable,
    email: nullable,
    phone: nullable.describe('E.164, e.g. +48601234567'),
    industry: nullable,
    city: nullable,
    country: nullable,
    ownerId: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Company' });

export const ContactSchema = z
  .object({
    id: Id,
    name: z.string(),
    email: nullable,
    phone: nullable.describe('E.164, e.g. +48601234567'),
    jobTitle: nullable,
    companyId: Id.nullable(),
    ownerId: Id.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Contact' });

export const OptionalEmail = z
  .union([z.literal('').transform(() => null), z.email('Not a valid e-mail address').max(254)])
  .nullable()
  .optional();

export const OptionalPhone = OptionalText(40).describe('Any common format; stored as E.164');

export const CompanyBody = z
  .object({
    name: RequiredName,
    website: OptionalText(300),
    email: OptionalEmail,
    phone: OptionalPhone,
    industry: OptionalText(200),
    city: OptionalText(200),
    country: OptionalText(100),
    ownerId: Id.nullable().optional(),
  })
  .strict();

export const CompanyPatchBody = CompanyBody.partial().strict();

export const ContactBody = z
  .object({
    name: RequiredName,
    email: OptionalEmail,
    phone: OptionalPhone,
    jobTitle: OptionalText(200),
    companyId: Id.nullable().optional(),
    ownerId: Id.nullable().optional(),
  })
  .strict();

export const ContactPatchBody = ContactBody.partial().strict();

export const SearchQuery = z.object({ q: z.string().trim().max(200).optional() });
