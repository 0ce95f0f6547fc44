import type { Lamp } from '../api/types.ts';

/** How a lamp's number reads: a count, money, a fraction shown as %, or a duration in seconds. */
export type LampUnit = 'count' | 'money' | 'fraction' | 'duration' | 'number';

export function lampUnit(metric: Lamp['metric']): LampUnit {
  if (typeof metric !== 'object' || metric === null) return 'number';
  if ('count' in metric || 'state' in metric) return 'count';
  if ('sum' in metric) return 'money';
  if ('ratio' in metric) return 'fraction';
  if ('median' in metric) return 'of' in metric && metric.of === 'amount' ? 'money' : 'duration';
  return 'number';
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** A lamp value for people: "12", "42 %", "3.5 d", "12 500 zł"; null reads as an en dash. */
export function formatLampValue(
  value: number | null,
  unit: LampUnit,
  locale: string,
  currency: string,
): string {
  if (value === null) return '–';
  switch (unit) {
    case 'count':
      // A count is of whole things: 2.5 meetings is not a reading anyone held. The server's
      // counts are whole; a typed or averaged one is rounded half away from zero (ADR 033).
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case 'money':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(value);
    case 'fraction':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
        value,
      );
    case 'duration': {
      const [amount, unitName] = value >= DAY ? [value / DAY, 'day'] : [value / HOUR, 'hour'];
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: unitName,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(amount);
    }
    case 'number':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}
