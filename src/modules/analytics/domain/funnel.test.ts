import { describe, expect, it } from 'vitest';
import { computeFunnel } from './funnel.ts';

const stages = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];

describe('funnel', () => {
  it('separates reached at any point from reached in order', () => {
    const deal = (status: 'open' | 'won' | 'lost', value: number | null, ids: string[]) => ({
      status,
      value,
      reachedStageIds: new Set(ids),
    });
    const funnel = computeFunnel(stages, [
      deal('won', 100, ['a', 'b', 'c']),
      deal('open', 50, ['a', 'c']),
      deal('lost', null, ['a']),
    ]);
    expect(funnel.stages.map((s) => [s.reached, s.reachedInOrder, s.dropOff, s.value])).toEqual([
      [3, 3, 0, 150],
      [1, 1, 2, 100],
      [2, 1, 0, 150],
    ]);
    expect(funnel.won).toEqual({ count: 1, value: 100, rate: 0.3333 });
    expect(computeFunnel(stages, []).stages[0]!.conversion).toBeNull();
  });
});
