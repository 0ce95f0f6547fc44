// A reading's colour (API.md): higher is better — value ≥ green → green, ≥ amber → amber,
// else red; lower is better — ≤ green → green, ≤ amber → amber, else red; no value → grey.
import type { Metric } from './metric.ts';
import type { Thresholds } from './thresholds.ts';
import type { LampStatus } from '../../../../contract/map.ts';

export function lampStatus(value: number | null, thresholds: Thresholds): LampStatus {
  if (value === null || Number.isNaN(value)) return 'grey';
  const { direction, green, amber } = thresholds;
  if (direction === 'higher_is_better') {
    if (value >= green) return 'green';
    return value >= amber ? 'amber' : 'red';
  }
  if (value <= green) return 'green';
  return value <= amber ? 'amber' : 'red';
}

/**
 * The colour of the week that is still running (ADR 033). Its counts are unfinished: on Monday
 * morning every "won this week" is 0, and judging that against a whole week's target turned six
 * lamps red for no reason. So a partial week shows a colour only when the rest of the week
 * cannot change it, and grey ("in progress") otherwise:
 * - a count or a sum only grows: reaching green when higher is better is final, and passing
 *   amber when lower is better is final (red);
 * - a state (open deals, overdue activities …) is read now, a whole reading of this moment;
 * - a ratio or a median can still move either way, and a manual lamp is typed at the week's end.
 */
export function partialLampStatus(
  value: number | null,
  thresholds: Thresholds,
  metric: Metric,
): LampStatus {
  const status = lampStatus(value, thresholds);
  if ('state' in metric) return status;
  if (!('count' in metric) && !('sum' in metric)) return 'grey';
  const final = thresholds.direction === 'higher_is_better' ? 'green' : 'red';
  return status === final ? status : 'grey';
}
