import type { TFunction } from 'i18next';
import type { Thresholds } from '../api/types.ts';

// The map's panel spells thresholds out in a sentence; the dashboard's drawer, where the
// reader checks a value against them, writes them with ≥ / ≤.
const KEYS = {
  sentence: { higher: 'map.thresholds.higher', lower: 'map.thresholds.lower' },
  compact: { higher: 'dashboard.thresholds.higher', lower: 'dashboard.thresholds.lower' },
} as const;

/** "Green at 10 or more, amber at 5 or more, red below 5" (or the lower-is-better mirror). */
export function thresholdWords(
  thresholds: Thresholds,
  format: (value: number) => string,
  t: TFunction,
  style: keyof typeof KEYS = 'sentence',
): string {
  const values = { green: format(thresholds.green), amber: format(thresholds.amber) };
  const keys = KEYS[style];
  return t(thresholds.direction === 'higher_is_better' ? keys.higher : keys.lower, values);
}
