import { describe, expect, it } from 'vitest';
import { isCriterionMet, unmetExitCriteria, type DealGateFacts } from './gate.ts';
import type { Criterion, Stage } from './pipeline.ts';

const bare: DealGateFacts = {
  stageId: 's1',
  value: null,
  expectedCloseDate: null,
  contactId: null,
  companyId: null,
  doneCheckIds: new Set(),
  activityTypesDoneSinceStageEntered: new Set(),
  hasPlannedFutureActivity: false,
};

const field = (f: 'value' | 'expectedCloseDate' | 'contactId' | 'companyId'): Criterion => ({
  id: `c-${f}`,
  kind: 'field',
  field: f,
  label: `${f} set`,
});

describe('isCriterionMet — field', () => {
  it('needs a positive value', () => {
    const c = field('value');
    expect(isCriterionMet(c, bare)).toBe(false);
    expect(isCriterionMet(c, { ...bare, value: 0 })).toBe(false);
    expect(isCriterionMet(c, { ...bare, value: -5 })).toBe(false);
    expect(isCriterionMet(c, { ...bare, value: 0.01 })).toBe(true);
    expect(isCriterionMet(c, { ...bare, value: 12500.5 })).toBe(true);
  });

  it('needs the other fields non-null, each on its own', () => {
    expect(isCriterionMet(field('expectedCloseDate'), bare)).toBe(false);
    expect(
      isCriterionMet(field('expectedCloseDate'), { ...bare, expectedCloseDate: '2026-12-15' }),
    ).toBe(true);
    expect(isCriterionMet(field('contactId'), { ...bare, companyId: 'co' })).toBe(false);
    expect(isCriterionMet(field('contactId'), { ...bare, contactId: 'ct' })).toBe(true);
    expect(isCriterionMet(field('companyId'), { ...bare, contactId: 'ct' })).toBe(false);
    expect(isCriterionMet(field('companyId'), { ...bare, companyId: 'co' })).toBe(true);
  });
});

describe('isCriterionMet — activity, check, nextActivity', () => {
  it('activity: needs that type completed since the stage was entered', () => {
    const c: Criterion = { id: 'c', kind: 'activity', activityType: 'call', label: 'Call held' };
    expect(isCriterionMet(c, bare)).toBe(false);
    const emailOnly = { ...bare, activityTypesDoneSinceStageEntered: new Set(['email'] as const) };
    expect(isCriterionMet(c, emailOnly)).toBe(false);
    const called = {
      ...bare,
      activityTypesDoneSinceStageEntered: new Set(['email', 'call'] as const),
    };
    expect(isCriterionMet(c, called)).toBe(true);
  });

  it('check: needs this very criterion ticked on the deal', () => {
    const c: Criterion = { id: 'budget', kind: 'check', label: 'Budget confirmed' };
    expect(isCriterionMet(c, bare)).toBe(false);
    expect(isCriterionMet(c, { ...bare, doneCheckIds: new Set(['other']) })).toBe(false);
    expect(isCriterionMet(c, { ...bare, doneCheckIds: new Set(['budget']) })).toBe(true);
  });

  it('nextActivity: needs a planned future activity', () => {
    const c: Criterion = { id: 'n', kind: 'nextActivity', label: 'Next contact booked' };
    expect(isCriterionMet(c, bare)).toBe(false);
    expect(isCriterionMet(c, { ...bare, hasPlannedFutureActivity: true })).toBe(true);
  });
});

describe('unmetExitCriteria', () => {
  it("lists a stage's unmet criteria in the stage's order, with ids, kinds and labels", () => {
    const stage: Stage = {
      id: 's1',
      name: 'Identification',
      order: 0,
      goal: '',
      probability: 10,
      rotDays: 7,
      role: 'hunter',
      optional: false,
      guidance: '',
      exitCriteria: [
        { id: 'a', kind: 'activity', activityType: 'call', label: 'Call held' },
        { id: 'b', kind: 'field', field: 'contactId', label: 'Decision maker known' },
        { id: 'c', kind: 'check', label: 'Budget confirmed' },
      ],
    };
    expect(unmetExitCriteria(stage, { ...bare, contactId: 'x' })).toEqual([
      { stageId: 's1', criterionId: 'a', kind: 'activity', label: 'Call held' },
      { stageId: 's1', criterionId: 'c', kind: 'check', label: 'Budget confirmed' },
    ]);
  });
});
