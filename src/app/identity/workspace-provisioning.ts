import type { Db } from '../../db/connection.ts';
import { appendEvents } from '../../db/events/append-events.ts';
import { newId } from '../../db/ids.ts';
import { insertApiToken } from '../../db/identity/credentials-repo.ts';
import { insertMembership } from '../../db/identity/users-repo.ts';
import { insertWorkspace } from '../../db/identity/workspaces-repo.ts';
import type { Locale } from '../../domain/identity/roles.ts';
import type { Workspace } from '../../domain/identity/types.ts';
import { defaultCountryFor, type Template } from '../../domain/identity/workspace-defaults.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.ts';

export interface WorkspaceInput {
  name: string;
  locale: Locale;
  timezone: string;
  currency: string;
  template: Template;
}

/**
 * Creates a workspace with its first admin and an API token for them. Shared by first-run setup
 * and "new workspace"; the template's pipelines and process map arrive with those features.
 */
export async function provisionWorkspace(
  tx: Db,
  input: WorkspaceInput,
  adminUserId: string,
  now: Date,
): Promise<{ workspace: Workspace; apiToken: string }> {
  const workspace = await insertWorkspace(tx, {
    id: newId(),
    name: input.name,
    locale: input.locale,
    timezone: input.timezone,
    currency: input.currency,
    settings: {
      requireNextActivity: true,
      defaultCountry: defaultCountryFor(input.locale, input.currency),
    },
    createdAt: now,
    updatedAt: now,
  });
  await insertMembership(tx, {
    workspaceId: workspace.id,
    userId: adminUserId,
    role: 'admin',
    salesRoles: [],
    createdAt: now,
    updatedAt: now,
  });
  const apiToken = newSecret(API_TOKEN_PREFIX);
  await insertApiToken(tx, {
    workspaceId: workspace.id,
    id: newId(),
    userId: adminUserId,
    name: 'Setup token',
    tokenHash: hashSecret(apiToken),
    scopes: ['api'],
    createdBy: adminUserId,
    createdAt: now,
  });
  await appendEvents(tx, workspace.id, [
    {
      type: 'workspace.created',
      occurredAt: now,
      actorId: adminUserId,
      payload: { template: input.template },
    },
  ]);
  return { workspace, apiToken };
}
