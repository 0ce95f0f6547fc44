import { deleteReading, findLamp, putReading } from '../db/lamps-repo.ts';
import { notFound, validationError } from '../../../kernel/domain/errors.ts';
import { lampStatus } from '../domain/metrics/lamp-status.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import { parseThresholds } from '../domain/metrics/thresholds.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import type { Reading } from './read-lamp-readings.ts';
import { weekWindow } from './week-window.ts';
import { audit } from '../../../kernel/app/audit.ts';

/**
 * Enters a week's value of a `manual` lamp by hand (null clears it). Computed lamps take no
 * hand-entered values: their truth is the event log.
 */
export async function recordLampReading(
  input: { lampId: string; week: string; value: number | null },
  { actor, tx, clock }: Deps,
): Promise<Reading> {
  requireManager(actor);
  const lamp = await findLamp(tx, actor.workspaceId, input.lampId);
  if (!lamp) throw notFound('lamp');
  if (!('manual' in parseMetric(lamp.metric))) {
    throw validationError([
      { path: 'value', message: 'Only a manual lamp takes values entered by hand' },
    ]);
  }
  const now = clock.now();
  const window = await weekWindow(tx, actor.workspaceId, { from: input.week, to: input.week }, now);
  if (input.week > window.currentWeek)
    throw validationError([{ path: 'week', message: 'This week has not started yet' }]);
  if (input.value === null) await deleteReading(tx, actor.workspaceId, lamp.id, input.week);
  else
    await putReading(
      tx,
      {
        workspaceId: actor.workspaceId,
        lampId: lamp.id,
        week: input.week,
        value: input.value,
        source: 'manual',
        recordedBy: actor.userId,
        recordedAt: now,
      },
      'replace',
    );
  await audit(
    { actor, tx, clock },
    {
      action: 'lamp.reading_recorded',
      subject: { kind: 'lamp', id: lamp.id, label: lamp.name },
      details: { week: input.week, value: input.value },
    },
  );
  return {
    lampId: lamp.id,
    week: input.week,
    value: input.value,
    status: lampStatus(input.value, parseThresholds(lamp.thresholds)),
    partial: false,
  };
}
