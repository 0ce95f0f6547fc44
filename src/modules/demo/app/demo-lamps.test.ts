import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lampStatus } from '../../map/index.ts';
import { valueFor } from './demo-lamps.ts';
import { seededRandom } from './prng.ts';

const mood = fc.constantFrom('green' as const, 'amber' as const, 'red' as const);

describe('the demo’s hand-typed lamp values', () => {
  it('are whole numbers in the lamp’s colour when its thresholds are whole (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 50 }), mood, (seed, amber, status) => {
        const thresholds = { direction: 'higher_is_better' as const, green: amber + 2, amber };
        const value = valueFor(seededRandom(seed), thresholds, status);
        expect(Number.isInteger(value)).toBe(true);
        expect(lampStatus(value, thresholds)).toBe(status);
      }),
    );
  });

  it('never type a percentage above 100, not even a green one (property)', () => {
    fc.assert(
      fc.property(fc.integer(), mood, (seed, status) => {
        const thresholds = { direction: 'higher_is_better' as const, green: 100, amber: 90 };
        const value = valueFor(seededRandom(seed), thresholds, status, 100);
        expect(value).toBeLessThanOrEqual(100);
        expect(lampStatus(value, thresholds)).toBe(status);
      }),
    );
  });
});
