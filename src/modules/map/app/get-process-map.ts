import type { Db } from '../../../kernel/db/connection.ts';
import { listLampsOfGroup, listLampsOfVersion } from '../db/lamps-repo.ts';
import { listGroups, type GroupRecord, type MapVersionRow } from '../db/process-map-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { lampViews, type LampView } from './lamp-view.ts';
import { activeMapVersion } from './map-version.ts';

/** A group with its links and lamps, as the map shows it. */
export type MapGroup = GroupRecord & { lamps: LampView[] };

export interface ProcessMap {
  version: MapVersionRow;
  groups: MapGroup[];
}

/** The active map: its groups top to bottom, each with its links and lamps. */
export async function getProcessMap(_input: unknown, { actor, tx }: Deps): Promise<ProcessMap> {
  const version = await activeMapVersion(tx, actor.workspaceId);
  const groups = await listGroups(tx, actor.workspaceId, version.id);
  const views = await lampViews(
    tx,
    actor.workspaceId,
    await listLampsOfVersion(tx, actor.workspaceId, version.id),
  );
  return {
    version,
    groups: groups.map((g) => ({ ...g, lamps: views.filter((l) => l.groupId === g.id) })),
  };
}

/** One group as the map shows it, with its lamps (the answer to a group edit). */
export async function mapGroup(tx: Db, workspaceId: string, group: GroupRecord): Promise<MapGroup> {
  const lamps = await listLampsOfGroup(tx, workspaceId, group.id);
  return { ...group, lamps: await lampViews(tx, workspaceId, lamps) };
}
