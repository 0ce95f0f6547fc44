import { findLamp, updateLamp as updateRow, type LampPatch } from '../db/lamps-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import { parseThresholds } from '../domain/metrics/thresholds.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { lampViews, type LampView } from './lamp-view.ts';
import type { LampPosition } from '../../../contract/map.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { changedFields } from '../../../kernel/domain/changed-fields.ts';
import { lampSubject } from './create-lamp.ts';

export interface UpdateLampInput {
  lampId: string;
  expectedVersion?: number;
  position?: LampPosition;
  name?: string;
  metric?: unknown;
  thresholds?: unknown;
}

export async function updateLamp(
  input: UpdateLampInput,
  { actor, tx, clock }: Deps,
): Promise<LampView> {
  requireManager(actor);
  const { lampId, expectedVersion, metric, thresholds, ...rest } = input;
  if (!(await findLamp(tx, actor.workspaceId, lampId))) throw notFound('lamp');
  const patch: LampPatch = { ...rest };
  if (metric !== undefined) patch.metric = parseMetric(metric);
  if (thresholds !== undefined) patch.thresholds = parseThresholds(thresholds);
  const row = await updateRow(tx, actor.workspaceId, lampId, patch, expectedVersion, clock.now());
  if (!row) throw new DomainError('version_conflict', 'This lamp was changed by someone else.');
  await audit(
    { actor, tx, clock },
    {
      action: 'lamp.updated',
      subject: lampSubject(row),
      details: { fields: changedFields(input, ['lampId']) },
    },
  );
  const [view] = await lampViews(tx, actor.workspaceId, [row]);
  return view!;
}
