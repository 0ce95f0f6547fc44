import { findWorkspace } from '../../db/identity/workspaces-repo.ts';
import { listLampsOfVersion } from '../../db/map/lamps-repo.ts';
import { listGroups, type GroupRecord, type MapVersionRow } from '../../db/map/process-map-repo.ts';
import type { Locale } from '../../domain/identity/roles.ts';
import type { Deps } from '../context.ts';
import { lampView, type LampView } from './lamp-view.ts';
import { activeMapVersion } from './map-version.ts';
import { metricNames } from './metric-names.ts';

/** A group with its links and lamps, as the map shows it. */
export type MapGroup = GroupRecord & { lamps: LampView[] };

export interface ProcessMap {
  version: MapVersionRow;
  groups: MapGroup[];
}

/** The active map: its groups top to bottom, each with its links and lamps. */
export async function getProcessMap(
  _input: unknown,
  { actor, tx, clock }: Deps,
): Promise<ProcessMap> {
  const version = await activeMapVersion(tx, actor.workspaceId, clock.now());
  const groups = await listGroups(tx, actor.workspaceId, version.id);
  const lamps = await listLampsOfVersion(tx, actor.workspaceId, version.id);
  const workspace = await findWorkspace(tx, actor.workspaceId);
  const names = await metricNames(tx, actor.workspaceId);
  const views = lamps.map((l) => lampView(l, workspace!.locale as Locale, names));
  return {
    version,
    groups: groups.map((g) => ({ ...g, lamps: views.filter((l) => l.groupId === g.id) })),
  };
}
