import type { TFunction } from 'i18next';
import type { Thresholds } from '../lamps/lamps-api.ts';

/** "Green at 10 or more, amber at 5 or more, red below 5" (or the lower-is-better mirror). */
export function thresholdWords(
  thresholds: Thresholds,
  format: (value: number) => string,
  t: TFunction,
): string {
  const values = { green: format(thresholds.green), amber: format(thresholds.amber) };
  return thresholds.direction === 'higher_is_better'
    ? t('map.thresholds.higher', values)
    : t('map.thresholds.lower', values);
}
