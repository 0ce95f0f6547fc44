import { describe, expect, it } from 'vitest';
import { seriesColours } from './series-colours.ts';

describe('seriesColours', () => {
  it('gives every owner of a large team a colour of their own', () => {
    for (const n of [1, 8, 9, 12, 40]) {
      const colours = seriesColours(n);
      expect(colours).toHaveLength(n);
      expect(new Set(colours).size).toBe(n);
    }
  });

  it('keeps the house palette for the first series', () => {
    expect(seriesColours(2)).toEqual(['#4c6ef5', '#15aabf']);
  });
});
