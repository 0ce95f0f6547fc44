import { describe, expect, it } from 'vitest';
import { niceAxis, niceCeil } from './dashboard-axis.ts';

describe('niceCeil', () => {
  it('rounds up to a round number', () => {
    expect(niceCeil(100)).toBe(100);
    expect(niceCeil(101)).toBe(200);
    expect(niceCeil(4)).toBe(5);
    expect(niceCeil(3)).toBe(5);
    expect(niceCeil(2.2)).toBe(2.5);
    expect(niceCeil(0.25)).toBe(0.25);
    expect(niceCeil(0.3)).toBeCloseTo(0.5);
    expect(niceCeil(86_400)).toBe(100_000);
  });

  it('gives an empty chart room', () => {
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(-3)).toBe(1);
  });
});

describe('niceAxis', () => {
  it('holds every value in round steps', () => {
    expect(niceAxis([4, 0, 3], true)).toEqual({ max: 5, interval: 1 });
    expect(niceAxis([0, 100, 50], true)).toEqual({ max: 100, interval: 20 });
    expect(niceAxis([12, 8, 4], true)).toEqual({ max: 20, interval: 5 });
    expect(niceAxis([0.1, 0.25, 0.15], false)).toEqual({ max: 0.25, interval: 0.05 });
    expect(niceAxis([], false)).toEqual({ max: 1, interval: 0.2 });
  });
});
