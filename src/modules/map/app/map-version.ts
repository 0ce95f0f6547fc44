import type { Db } from '../../../kernel/db/connection.ts';
import { findActiveVersion, type MapVersionRow } from '../db/process-map-repo.ts';

/**
 * The workspace's active map version. Every workspace has one: a new workspace gets it with its
 * template's map (the `workspace.created` reaction, `empty` included), and migration 0011 gave
 * one to every workspace made before the map existed. So reading it never writes (ADR 023).
 */
export async function activeMapVersion(tx: Db, workspaceId: string): Promise<MapVersionRow> {
  const found = await findActiveVersion(tx, workspaceId);
  if (!found) throw new Error(`Workspace ${workspaceId} has no active process map version`);
  return found;
}
