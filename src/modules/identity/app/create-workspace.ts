import { requireThePerson } from './require-the-person.ts';
import type { Workspace } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { provisionWorkspace, type WorkspaceInput } from './workspace-provisioning.ts';

/** A signed-in user opens another workspace and becomes its admin (its audit log's first line). */
export async function createWorkspace(
  input: WorkspaceInput,
  { actor, ...deps }: Deps,
): Promise<{ workspace: Workspace; apiToken: string }> {
  requireThePerson(
    actor,
    'Only you start a workspace of your own: sign in, or use a token you issued yourself.',
  );
  const created = await provisionWorkspace(input, actor.userId, deps);
  const { workspace } = created;
  await audit(
    { actor, ...deps },
    {
      workspaceId: workspace.id,
      action: 'workspace.created',
      subject: { kind: 'workspace', id: workspace.id, label: workspace.name },
    },
  );
  return created;
}
