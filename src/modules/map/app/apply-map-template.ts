import type { Db } from '../../../kernel/db/connection.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { insertLamp } from '../db/lamps-repo.ts';
import { insertGroup, insertVersion, replaceLinks } from '../db/process-map-repo.ts';
import type { Locale } from '../../../contract/roles.ts';
import type { Template } from '../../../contract/templates.ts';
import type { Reaction } from '../../../kernel/app/reactions.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import { parseThresholds } from '../domain/metrics/thresholds.ts';
import { processMapTemplate } from '../domain/templates/process-map-template.ts';

/**
 * Draws the template's process map for a new workspace: its active version, groups top to
 * bottom, links and lamps. Metrics go through the same validation as the API's.
 */
export async function applyMapTemplate(
  tx: Db,
  workspaceId: string,
  template: Template,
  locale: Locale,
  now: Date,
): Promise<void> {
  const map = processMapTemplate(template, locale);
  const version = await insertVersion(tx, {
    workspaceId,
    id: newId(),
    name: map.versionName,
    state: 'active',
    createdAt: now,
    updatedAt: now,
  });
  const ids = new Map(map.groups.map((g) => [g.key, newId()] as const));
  for (const [position, group] of map.groups.entries()) {
    const groupId = ids.get(group.key)!;
    await insertGroup(tx, {
      workspaceId,
      id: groupId,
      versionId: version.id,
      name: group.name,
      kind: group.kind,
      result: group.result,
      mode: group.mode,
      cadence: group.cadence,
      trigger: group.trigger,
      processes: group.processes,
      position,
      createdAt: now,
      updatedAt: now,
    });
    for (const lamp of group.lamps) {
      await insertLamp(tx, {
        workspaceId,
        id: newId(),
        groupId,
        position: lamp.position,
        name: lamp.name,
        metric: parseMetric(lamp.metric),
        thresholds: parseThresholds(lamp.thresholds),
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  // Links after every group exists: a group may feed one drawn below it.
  for (const group of map.groups) {
    await replaceLinks(
      tx,
      workspaceId,
      ids.get(group.key)!,
      group.next.map((key) => ids.get(key)!),
    );
  }
}

/** A new workspace gets its template's process map. */
export const drawWorkspaceMap: Reaction<'workspace.created'> = (
  { workspaceId, template, locale },
  { tx, clock },
) => applyMapTemplate(tx, workspaceId, template, locale, clock.now());
