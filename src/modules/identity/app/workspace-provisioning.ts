import type { PublicDeps } from '../../../kernel/app/context.ts';
import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { insertApiToken } from '../db/credentials-repo.ts';
import { insertMembership } from '../db/users-repo.ts';
import { insertWorkspace } from '../db/workspaces-repo.ts';
import type { Locale } from '../../../contract/roles.ts';
import type { Workspace } from '../domain/types.ts';
import { defaultCountryFor, type Template } from '../domain/workspace-defaults.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.ts';

export interface WorkspaceInput {
  name: string;
  locale: Locale;
  timezone: string;
  currency: string;
  template: Template;
}

/**
 * Creates a workspace with its first admin and an API token for them, and announces it
 * (`workspace.created`): the conveyor adds the template's pipelines and loss reasons and the map
 * its process map with lamps, in the workspace's language. Shared by first-run setup and "new
 * workspace".
 */
export async function provisionWorkspace(
  input: WorkspaceInput,
  adminUserId: string,
  { tx, clock, emit }: PublicDeps,
): Promise<{ workspace: Workspace; apiToken: string }> {
  const now = clock.now();
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
  await emit('workspace.created', {
    workspaceId: workspace.id,
    template: input.template,
    locale: input.locale,
    actorId: adminUserId,
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
