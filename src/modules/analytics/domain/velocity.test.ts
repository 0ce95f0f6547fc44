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

  it('keeps whole seconds beside the days, which round a short stay to nothing', () => {
    const measured = new Map([['a', { count: 3, median: 1_234.4, p75: 2_700.6 }]]);
    expect(stageVelocity(stages, measured)[0]).toMatchObject({
      medianDays: 0.01,
      p75Days: 0.03,
      medianSeconds: 1_234,
      p75Seconds: 2_701,
    });
    expect(stageVelocity(stages, measured)[1]).toMatchObject({
      count: 0,
      medianDays: null,
      medianSeconds: null,
      p75Seconds: null,
    });
  });
});
