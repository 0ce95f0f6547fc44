// A reading's colour (API.md): higher is better — value ≥ green → green, ≥ amber → amber,
// else red; lower is better — ≤ green → green, ≤ amber → amber, else red; no value → grey.
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
