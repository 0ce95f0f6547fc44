import { describe, expect, it } from 'vitest';
import { CHART_COLOURS } from './report-chart.tsx';
import { seriesColours } from './series-colours.ts';

describe('seriesColours', () => {
  it('gives every owner of a large team a colour of their own', () => {
    for (const n of [1, 8, 9, 12, 40]) {
      const colours = seriesColours(n);
      expect(colours).toHaveLength(n);
      expect(new Set(colours).size).toBe(n);
    }
  });

  it('gives a funnel of many stages a colour per step, starting from the steps palette', () => {
    const colours = seriesColours(9, CHART_COLOURS.steps);
    expect(new Set(colours).size).toBe(9);
    expect(colours.slice(0, 6)).toEqual(CHART_COLOURS.steps);
    expect(colours).not.toContain(CHART_COLOURS.won);
  });

  it('keeps the house palette for the first series', () => {
    expect(seriesColours(2)).toEqual(['#4c6ef5', '#15aabf']);
  });
});
