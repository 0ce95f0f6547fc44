import type { Db } from '../../../kernel/db/connection.ts';
import { insertLostReason } from '../../conveyor/db/lost-reasons-repo.ts';
import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { insertApiToken } from '../db/credentials-repo.ts';
import { insertMembership } from '../db/users-repo.ts';
import { insertWorkspace } from '../db/workspaces-repo.ts';
import type { Locale } from '../../../contract/roles.ts';
import type { Workspace } from '../domain/types.ts';
import { defaultCountryFor, type Template } from '../domain/workspace-defaults.ts';
import { workspaceTemplate } from '../../conveyor/domain/templates/workspace-template.ts';
import { insertPipelineWithStages } from '../../conveyor/app/pipelines/create-pipeline.ts';
import { applyMapTemplate } from '../../map/app/apply-map-template.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.ts';

export interface WorkspaceInput {
  name: string;
  locale: Locale;
  timezone: string;
  currency: string;
  template: Template;
}

/**
 * Creates a workspace with its first admin, an API token for them, and the template's pipelines
 * and loss reasons and its process map with lamps, in the workspace's language. Shared by
 * first-run setup and "new workspace".
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
  await applyTemplate(tx, workspace.id, input.template, input.locale, now);
  await applyMapTemplate(tx, workspace.id, input.template, input.locale, now);
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

async function applyTemplate(
  tx: Db,
  workspaceId: string,
  template: Template,
  locale: Locale,
  now: Date,
): Promise<void> {
  const { pipelines, lostReasons } = workspaceTemplate(template, locale);
  const stageIds = new Map<string, string>();
  for (const input of pipelines) {
    const pipeline = await insertPipelineWithStages(tx, workspaceId, input, now);
    for (const stage of pipeline.stages) stageIds.set(stage.name, stage.id);
  }
  for (const reason of lostReasons) {
    await insertLostReason(tx, {
      workspaceId,
      id: newId(),
      name: reason.name,
      standard: reason.standard,
      stageIds: reason.stageNames?.map((name) => stageIdOf(stageIds, name)) ?? null,
      createdAt: now,
      updatedAt: now,
    });
  }
}

function stageIdOf(stageIds: Map<string, string>, name: string): string {
  const id = stageIds.get(name);
  // Template data is fixed and tested: a name that matches no stage is a bug, not user input.
  if (!id) throw new Error(`Template loss reason names an unknown stage "${name}"`);
  return id;
}
