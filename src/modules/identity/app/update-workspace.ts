import { rebuildRollup } from '../../../kernel/db/events/rebuild-rollup.ts';
import { findWorkspace, updateWorkspace as updateRow } from '../db/workspaces-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Locale } from '../../../contract/roles.ts';
import type { Workspace, WorkspaceSettings } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { changedFields } from '../../../kernel/domain/changed-fields.ts';
import { requireAdmin } from './require-admin.ts';
import { audit } from '../../../kernel/app/audit.ts';

export interface UpdateWorkspaceInput {
  workspaceId: string;
  expectedVersion?: number;
  name?: string;
  locale?: Locale;
  timezone?: string;
  currency?: string;
  settings?: Partial<WorkspaceSettings>;
}

export async function updateWorkspace(
  input: UpdateWorkspaceInput,
  { actor, tx, clock, emit }: Deps,
): Promise<Workspace> {
  if (input.workspaceId !== actor.workspaceId) throw notFound('workspace');
  requireAdmin(actor);
  const current = await findWorkspace(tx, actor.workspaceId);
  if (!current) throw notFound('workspace');
  const { workspaceId, expectedVersion, settings, ...fields } = input;
  const updated = await updateRow(
    tx,
    workspaceId,
    { ...fields, ...(settings ? { settings: { ...current.settings, ...settings } } : {}) },
    expectedVersion,
    clock.now(),
  );
  if (!updated)
    throw new DomainError('version_conflict', 'The workspace was changed by someone else.');
  await audit(
    { actor, tx, clock },
    {
      action: 'workspace.updated',
      subject: { kind: 'workspace', id: workspaceId, label: updated.name },
      details: { fields: changedFields(input, ['workspaceId']) },
    },
  );
  // Lamps and reports read local weeks from the rollup: regroup it in the new zone, and forget
  // the medians stored for the old zone's weeks.
  if (updated.timezone !== current.timezone) {
    await rebuildRollup(tx, workspaceId);
    await emit('workspace.timezone_changed', { workspaceId });
  }
  return updated;
}
