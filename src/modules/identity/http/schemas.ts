import { z } from 'zod';
import { isValidCurrency, isValidTimezone } from '../domain/region.ts';
import { LOCALES, ROLES, SALES_ROLES, TOKEN_SCOPES } from '../../../contract/roles.ts';
import { TEMPLATES } from '../domain/workspace-defaults.ts';
import { Id, RequiredName, Timestamp } from '../../../kernel/http/common-schemas.ts';

export const LocaleSchema = z.enum(LOCALES);
const Timezone = z
  .string()
  .refine(isValidTimezone, 'Unknown time zone (use an IANA name like Europe/Warsaw)');
const Currency = z
  .string()
  .refine(isValidCurrency, 'Unknown currency (use an ISO 4217 code like PLN)');
const ExchangeRatesSchema = z
  .record(
    z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 currency code like EUR'),
    z.number().positive('A rate is above zero').max(1_000_000),
  )
  .refine((rates) => Object.keys(rates).length <= 100, 'At most 100 rates')
  .describe(
    'Units of the base currency per one unit of another currency, e.g. { "EUR": 4.31 } in a PLN workspace. Deal amounts in events and reports are converted at these rates; a deal in a currency without a rate is left out of sums. Replaced as a whole by PATCH.',
  );
const Email = z.email('Not a valid e-mail address').max(254);
const Password = z.string().min(8, 'At least 8 characters').max(200);

export const WorkspaceSchema = z
  .object({
    id: Id,
    name: z.string(),
    locale: LocaleSchema,
    timezone: z.string(),
    currency: z.string(),
    settings: z.object({
      requireNextActivity: z.boolean(),
      defaultCountry: z.string().nullable().describe('Country for phone numbers written without +'),
      exchangeRates: ExchangeRatesSchema,
    }),
    version: z.number().int(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Workspace' });

export const UserSchema = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    locale: LocaleSchema.nullable().describe("Interface language; null follows the workspace's"),
    role: z.enum(ROLES),
    salesRoles: z.array(z.enum(SALES_ROLES)),
    teamId: Id.nullable(),
    leadLimit: z.number().int().nullable(),
    active: z.boolean(),
    createdAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const TeamSchema = z
  .object({ id: Id, name: z.string(), createdAt: Timestamp, version: z.number().int() })
  .meta({ id: 'Team' });

export const TokenSchema = z
  .object({
    id: Id,
    name: z.string(),
    userId: Id,
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const WorkspaceRefSchema = z.object({ id: Id, name: z.string(), role: z.enum(ROLES) });

export const MeSchema = z
  .object({ user: UserSchema, workspace: WorkspaceSchema, workspaces: z.array(WorkspaceRefSchema) })
  .meta({ id: 'Me' });

const WorkspaceFields = {
  locale: LocaleSchema,
  timezone: Timezone,
  currency: Currency,
  template: z.enum(TEMPLATES),
};

export const SetupBody = z.object({
  workspaceName: RequiredName,
  name: RequiredName,
  email: Email,
  password: Password,
  ...WorkspaceFields,
});

export const SetupResult = z.object({
  workspace: WorkspaceSchema,
  user: UserSchema,
  apiToken: z.string(),
});

export const LoginBody = z.object({ email: Email, password: z.string().min(1).max(200) });

export const CreateWorkspaceBody = z.object({ name: RequiredName, ...WorkspaceFields });

export const PatchWorkspaceBody = z
  .object({
    name: RequiredName,
    locale: LocaleSchema,
    timezone: Timezone,
    currency: Currency,
    settings: z
      .object({
        requireNextActivity: z.boolean(),
        defaultCountry: z
          .string()
          .regex(/^[A-Z]{2}$/, 'A two-letter ISO country code like PL')
          .nullable(),
        exchangeRates: ExchangeRatesSchema,
      })
      .partial(),
  })
  .partial()
  .strict();

export const PatchMeBody = z
  .object({ name: RequiredName, locale: LocaleSchema.nullable() })
  .partial()
  .strict();

export const SwitchWorkspaceBody = z.object({ workspaceId: Id });

const MembershipFields = {
  role: z.enum(ROLES),
  salesRoles: z.array(z.enum(SALES_ROLES)).max(SALES_ROLES.length),
  teamId: Id.nullable(),
  leadLimit: z.number().int().min(0).max(100_000).nullable(),
};

export const CreateUserBody = z.object({
  email: Email,
  name: RequiredName,
  password: Password.optional(),
  role: MembershipFields.role,
  salesRoles: MembershipFields.salesRoles.default([]),
  teamId: MembershipFields.teamId.optional(),
  leadLimit: MembershipFields.leadLimit.optional(),
});

export const PatchUserBody = z
  .object({ name: RequiredName, ...MembershipFields, active: z.boolean() })
  .partial()
  .strict();

export const TeamBody = z.object({ name: RequiredName });

export const CreateTokenBody = z.object({
  name: RequiredName,
  userId: Id.optional(),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).optional(),
});

export const CreatedTokenSchema = TokenSchema.extend({
  token: z.string().describe('The secret; shown only in this answer'),
});
