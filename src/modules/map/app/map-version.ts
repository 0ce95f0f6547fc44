import type { Db } from '../../../kernel/db/connection.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { findActiveVersion, insertVersion, type MapVersionRow } from '../db/process-map-repo.ts';
import { findWorkspace } from '../../identity/index.ts';
import { mapVersionName } from '../domain/templates/process-map-names.ts';

/**
 * The workspace's active map version. Workspaces made before the map existed get an empty
 * one on first use, so every workspace has a map to draw on.
 */
export async function activeMapVersion(
  tx: Db,
  workspaceId: string,
  now: Date,
): Promise<MapVersionRow> {
  const found = await findActiveVersion(tx, workspaceId);
  if (found) return found;
  const workspace = await findWorkspace(tx, workspaceId);
  return insertVersion(tx, {
    workspaceId,
    id: newId(),
    name: mapVersionName(workspace?.locale ?? 'en'),
    state: 'active',
    createdAt: now,
    updatedAt: now,
  });
}
