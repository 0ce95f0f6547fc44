import { describe, expect, it } from 'vitest';
import { teamSizedTargets } from './demo-lamp-targets.ts';

const floor = { direction: 'higher_is_better' as const, green: 100, amber: 50 };

describe('teamSizedTargets', () => {
  it('sets green a little above the usual week and amber well below it', () => {
    expect(teamSizedTargets(10, floor)).toEqual({
      direction: 'higher_is_better',
      green: 12,
      amber: 7,
    });
    expect(teamSizedTargets(3.5, floor)).toEqual({
      direction: 'higher_is_better',
      green: 4,
      amber: 2,
    });
  });

  it('keeps a week without any result red', () => {
    expect(teamSizedTargets(0, floor)).toEqual({
      direction: 'higher_is_better',
      green: 2,
      amber: 1,
    });
  });

  it('leaves targets that already fit, ratios and lower-is-better lamps alone', () => {
    expect(teamSizedTargets(30, { ...floor, green: 20, amber: 10 })).toBeNull();
    expect(teamSizedTargets(0.02, { ...floor, green: 0.1, amber: 0.05 })).toBeNull();
    expect(teamSizedTargets(1, { direction: 'lower_is_better', green: 5, amber: 15 })).toBeNull();
  });
});
