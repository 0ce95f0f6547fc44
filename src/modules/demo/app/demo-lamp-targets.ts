// The b2b-classic template's targets are written for a sales floor (20 inbound leads a week,
// 100 prospects reached …); the small demo team would sit in red on every count lamp for good,
// which says nothing. As a manager would, the demo sets those targets a little above what the
// team did over the last half year, so the colours move for real reasons week to week. Targets
// that already fit, ratios and lower-is-better lamps keep the template's values.
import { isoWeekOf, shiftIsoWeek } from '../../../kernel/domain/iso-week.ts';
import { median } from '../../../kernel/domain/median.ts';
import type { Thresholds } from '../../map/index.ts';
import type { Actor } from '../../../kernel/app/context.ts';
import { getProcessMap } from '../../map/index.ts';
import { readLampReadings } from '../../map/index.ts';
import { updateLamp } from '../../map/index.ts';
import type { Runner } from '../../../kernel/app/runner.ts';

const HALF_YEAR_WEEKS = 26;

/** Green a little above the usual week, amber well below it; at least 2 and 1, so 0 reads red. */
export function teamSizedTargets(median: number, template: Thresholds): Thresholds | null {
  if (template.direction !== 'higher_is_better' || template.green <= 1) return null;
  const green = Math.max(2, Math.round(median * 1.15));
  if (green >= template.green) return null;
  const amber = Math.min(green - 1, Math.max(1, Math.round(median * 0.7)));
  return { direction: 'higher_is_better', green, amber };
}

export async function sizeLampTargets(
  runner: Runner,
  manager: Actor,
  timezone: string,
): Promise<void> {
  const map = await runner.run(getProcessMap, {}, manager);
  const lastWeek = shiftIsoWeek(isoWeekOf(runner.clock.now(), timezone), -1);
  const { readings } = await runner.run(
    readLampReadings,
    { from: shiftIsoWeek(lastWeek, -(HALF_YEAR_WEEKS - 1)), to: lastWeek },
    manager,
  );
  for (const lamp of map.groups.flatMap((g) => g.lamps)) {
    if ('manual' in lamp.metric) continue;
    const values = readings
      .filter((r) => r.lampId === lamp.id && r.value !== null)
      .map((r) => r.value!);
    const usual = median(values);
    if (usual === null) continue;
    const targets = teamSizedTargets(usual, lamp.thresholds);
    if (targets) await runner.run(updateLamp, { lampId: lamp.id, thresholds: targets }, manager);
  }
}
