// A lamp's thresholds (API.md "Process map and lamps"): which way is better, and the two
// boundaries. Validated with every problem reported under `thresholds.`.
import { validationError, type FieldError } from '../../../../kernel/domain/errors.ts';
import { DIRECTIONS, type Direction } from '../../../../contract/map.ts';

export interface Thresholds {
  direction: Direction;
  green: number;
  amber: number;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Throws `validation_failed` with `errors: [{ path: 'thresholds.green', message }]`. */
export function parseThresholds(json: unknown): Thresholds {
  const errors: FieldError[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw validationError([{ path: 'thresholds', message: 'must be an object' }]);
  }
  const value = json as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (!['direction', 'green', 'amber'].includes(key)) {
      errors.push({ path: `thresholds.${key}`, message: 'unknown key' });
    }
  }
  const { direction, green, amber } = value;
  if (!(DIRECTIONS as readonly unknown[]).includes(direction)) {
    errors.push({
      path: 'thresholds.direction',
      message: `must be one of ${DIRECTIONS.join(', ')}`,
    });
  }
  if (!isFiniteNumber(green))
    errors.push({ path: 'thresholds.green', message: 'must be a number' });
  if (!isFiniteNumber(amber))
    errors.push({ path: 'thresholds.amber', message: 'must be a number' });
  if (errors.length === 0) {
    if (direction === 'higher_is_better' && (green as number) < (amber as number)) {
      errors.push({
        path: 'thresholds.amber',
        message: 'when higher is better, amber must not be above green',
      });
    }
    if (direction === 'lower_is_better' && (green as number) > (amber as number)) {
      errors.push({
        path: 'thresholds.amber',
        message: 'when lower is better, amber must not be below green',
      });
    }
  }
  if (errors.length > 0) throw validationError(errors);
  return { direction: direction as Direction, green: green as number, amber: amber as number };
}
