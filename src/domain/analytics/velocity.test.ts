import { describe, expect, it } from 'vitest';
import { stageVelocity } from './velocity.ts';

const stages = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];

describe('velocity', () => {
  it('flags the stage with the highest median, then the highest p75', () => {
    const measured = new Map([
      ['a', { count: 2, median: 86_400, p75: 86_400 }],
      ['b', { count: 2, median: 172_800, p75: 180_000 }],
      ['c', { count: 2, median: 172_800, p75: 200_000 }],
    ]);
    expect(stageVelocity(stages, measured).map((s) => [s.medianDays, s.bottleneck])).toEqual([
      [1, false],
      [2, false],
      [2, true],
    ]);
    expect(stageVelocity(stages, new Map()).some((s) => s.bottleneck)).toBe(false);
  });
});
