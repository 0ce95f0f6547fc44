import { describe, expect, it } from 'vitest';
import { mulberry32, seededRandom } from './prng.ts';

describe('mulberry32', () => {
  it('gives the reference sequence for seed 1', () => {
    const next = mulberry32(1);
    // The widely quoted first outputs of the reference JavaScript implementation.
    expect([next(), next(), next()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  it('repeats itself for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });
});

describe('seededRandom', () => {
  it('keeps whole numbers within bounds and reaches both ends', () => {
    const random = seededRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('chooses by weight', () => {
    const random = seededRandom(3);
    const picks = Array.from({ length: 2000 }, () =>
      random.weighted([
        ['often', 9],
        ['rarely', 1],
      ] as const),
    );
    const rare = picks.filter((p) => p === 'rarely').length;
    expect(rare).toBeGreaterThan(120);
    expect(rare).toBeLessThan(280);
  });

  it('forks independent, reproducible streams', () => {
    const a = seededRandom(5).fork('deals');
    const b = seededRandom(5).fork('deals');
    const c = seededRandom(5).fork('people');
    expect(a.next()).toBe(b.next());
    expect(seededRandom(5).fork('deals').next()).not.toBe(c.next());
  });
});
