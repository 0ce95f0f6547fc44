import { describe, expect, it } from 'vitest';
import { changedCount, withLever, withSource, withStage, withValue } from './what-if-draft.ts';

const webForm = { channel: 'inbound', medium: 'web_form' };

describe('what-if draft', () => {
  it('keeps one override per source and stage, merging the fields changed', () => {
    let o = withSource({}, webForm, 'leadsPerWeek', 5);
    o = withSource(o, webForm, 'leadToDeal', 0.4);
    o = withSource(o, { channel: null, medium: null }, 'dealsPerWeekWithoutLead', 2);
    o = withStage(withStage(o, 's1', 0.5), 's1', 0.6);
    o = withValue(o, 'cycleDays', 12);
    expect(o).toEqual({
      sources: [
        { channel: 'inbound', medium: 'web_form', leadsPerWeek: 5, leadToDeal: 0.4 },
        { channel: null, medium: null, dealsPerWeekWithoutLead: 2 },
      ],
      stages: [{ stageId: 's1', conversion: 0.6 }],
      cycleDays: 12,
    });
    expect(changedCount(o)).toBe(5);
    expect(changedCount({})).toBe(0);
  });

  it('pulls a lever by setting its driver to the better value', () => {
    const lever = {
      channel: null,
      medium: null,
      stageId: null,
      from: 1,
      gain: { won: 1, revenue: 1 },
    };
    expect(withLever({}, { ...lever, driver: 'stageConversion', stageId: 's2', to: 0.9 })).toEqual({
      stages: [{ stageId: 's2', conversion: 0.9 }],
    });
    expect(withLever({}, { ...lever, driver: 'cycleDays', to: 9 })).toEqual({ cycleDays: 9 });
    expect(withLever({}, { ...lever, ...webForm, driver: 'leadsPerWeek', to: 7.7 })).toEqual({
      sources: [{ channel: 'inbound', medium: 'web_form', leadsPerWeek: 7.7 }],
    });
  });
});
