import { z } from 'zod';
import { isValidCurrency, isValidTimezone } from '../domain/region.ts';
import {
  LOCALES,
  narrowerScope,
  PERMISSION_ROLES,
  RECORD_SCOPES,
  ROLES,
  SALES_ROLES,
  TOKEN_SCOPES,
} from '../../../contract/roles.ts';
import { INVITATION_STATES } from '../../../contract/invitations.ts';
import { TEMPLATES } from '../domain/workspace-defaults.ts';
import { Id, RequiredName, Timestamp } from '../../../kernel/http/common-schemas.ts';

export const LocaleSchema = z.enum(LOCALES);
const Timezone = z
  .string()
  .refine(isValidTimezone, 'Unknown time zone (use an IANA name like Europe/Warsaw)');
const Currency = z
  .string()
  .refine(isValidCurrency, 'Unknown currency (use an ISO 4217 code like PLN)');
const RecordScopeSchema = z.enum(RECORD_SCOPES);
const RolePermissionSchema = z
  .object({
    view: RecordScopeSchema.describe('Whose records people in this role see'),
    edit: RecordScopeSchema.describe('Whose records they edit: never more than they see'),
  })
  .strict();
const RecordPermissionsSchema = z
  .object({ manager: RolePermissionSchema, member: RolePermissionSchema })
  .describe(
    "Which records managers and members see and edit: all, their team's, or their own (admins: all)",
  )
  .meta({ id: 'RecordPermissions' });
const PatchRecordPermissions = RecordPermissionsSchema.strict().superRefine((value, ctx) => {
  for (const role of PERMISSION_ROLES) {
    const { view, edit } = value[role];
    if (narrowerScope(view, edit) !== edit) {
      ctx.addIssue({
        code: 'custom',
        path: [role, 'edit'],
        message:
          'Nobody can edit records they cannot see: choose an edit scope within the view scope',
      });
    }
  }
});

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
      permissions: RecordPermissionsSchema,
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
        permissions: PatchRecordPermissions,
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

/**
 * Membership fields only. The account's own fields (name, e-mail, password, language) are not
 * here: the person changes them through PATCH /me, and sent here they are unknown keys, so 400
 * `validation_failed` (ADR 026).
 */
export const PatchUserBody = z
  .object({ ...MembershipFields, active: z.boolean() })
  .partial()
  .strict();

/** What the inviting workspace knows of an invitation: the e-mail it typed, and its state. */
export const InvitationSchema = z
  .object({ id: Id, email: z.string(), state: z.enum(INVITATION_STATES) })
  .meta({ id: 'Invitation' });

export const InvitationSentSchema = z.object({ invitation: InvitationSchema });

/** An invitation the workspace sent and that waits for its answer (admins). */
export const WorkspaceInvitationSchema = InvitationSchema.extend({
  role: z.enum(ROLES),
  salesRoles: z.array(z.enum(SALES_ROLES)),
  teamId: Id.nullable(),
  leadLimit: z.number().int().nullable(),
  createdAt: Timestamp,
}).meta({ id: 'WorkspaceInvitation' });

/** An invitation as the invited person sees it: which workspace, who invited, which role. */
export const ReceivedInvitationSchema = InvitationSchema.extend({
  workspace: z.object({ id: Id, name: z.string() }),
  invitedBy: z.object({ name: z.string() }),
  role: z.enum(ROLES),
  createdAt: Timestamp,
  answeredAt: Timestamp.nullable(),
}).meta({ id: 'ReceivedInvitation' });

export const TeamBody = z.object({ name: RequiredName });

export const CreateTokenBody = z.object({
  name: RequiredName,
  userId: Id.optional(),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).optional(),
});

export const CreatedTokenSchema = TokenSchema.extend({
  token: z.string().describe('The secret; shown only in this answer'),
});
