import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, type FieldError } from '../../../../kernel/domain/errors.ts';
import { parseThresholds } from './thresholds.ts';

function errorsOf(json: unknown): FieldError[] {
  try {
    parseThresholds(json);
  } catch (e) {
    expect((e as DomainError).code).toBe('validation_failed');
    return (e as DomainError).extensions.errors as FieldError[];
  }
  throw new Error('expected a rejection');
}

describe('parseThresholds', () => {
  it('accepts both directions with their order of green and amber, equal included', () => {
    expect(parseThresholds({ direction: 'higher_is_better', green: 10, amber: 5 })).toEqual({
      direction: 'higher_is_better',
      green: 10,
      amber: 5,
    });
    expect(parseThresholds({ direction: 'lower_is_better', green: 2, amber: 7.5 })).toEqual({
      direction: 'lower_is_better',
      green: 2,
      amber: 7.5,
    });
    expect(parseThresholds({ direction: 'lower_is_better', green: 3, amber: 3 }).amber).toBe(3);
    expect(parseThresholds({ direction: 'higher_is_better', green: -1, amber: -1 }).green).toBe(-1);
  });

  it('rejects amber above green when higher is better, and below it when lower is better', () => {
    expect(errorsOf({ direction: 'higher_is_better', green: 5, amber: 10 })).toEqual([
      { path: 'thresholds.amber', message: 'when higher is better, amber must not be above green' },
    ]);
    expect(errorsOf({ direction: 'lower_is_better', green: 10, amber: 5 })).toEqual([
      { path: 'thresholds.amber', message: 'when lower is better, amber must not be below green' },
    ]);
  });

  it('lists every problem with its path', () => {
    expect(errorsOf({ direction: 'up', green: '10', amber: Infinity, red: 1 })).toEqual([
      { path: 'thresholds.red', message: 'unknown key' },
      { path: 'thresholds.direction', message: 'must be one of higher_is_better, lower_is_better' },
      { path: 'thresholds.green', message: 'must be a number' },
      { path: 'thresholds.amber', message: 'must be a number' },
    ]);
    expect(errorsOf({})).toHaveLength(3);
    expect(errorsOf(null)).toEqual([{ path: 'thresholds', message: 'must be an object' }]);
    expect(errorsOf([1, 2])).toEqual([{ path: 'thresholds', message: 'must be an object' }]);
    expect(errorsOf({ direction: 'higher_is_better', green: Number.NaN, amber: 1 })).toEqual([
      { path: 'thresholds.green', message: 'must be a number' },
    ]);
  });

  it('accepts exactly the ordered pairs (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('higher_is_better', 'lower_is_better'),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (direction, green, amber) => {
          const ordered = direction === 'higher_is_better' ? green >= amber : green <= amber;
          const parse = (): unknown => parseThresholds({ direction, green, amber });
          if (ordered) expect(parse()).toEqual({ direction, green, amber });
          else expect(parse).toThrow(DomainError);
        },
      ),
    );
  });
});
