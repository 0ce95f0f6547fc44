import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import type { ExitCriterion, UnmetCriterion } from '../api/types.ts';
import { inPlace, itemsLeft, keyOf } from './gate-progress.ts';

const stageId = '00000000-0000-4000-8000-000000000001';
const item = (kind: string, criterionId: string | null, label = kind): UnmetCriterion => ({
  stageId,
  criterionId,
  kind,
  label,
});

describe('the gate dialog: meeting unmet criteria in place', () => {
  it('offers the activity the pipeline asks for, or the one its label names', () => {
    const email: ExitCriterion = {
      id: 'a1',
      kind: 'activity',
      activityType: 'email',
      label: 'Offer sent',
    };
    expect(inPlace(item('activity', 'a1'), email, ACTIVITY_TYPES)).toEqual({
      kind: 'activity',
      type: 'email',
    });
    expect(inPlace(item('activity', 'a2', 'First call held'), undefined, ACTIVITY_TYPES)).toEqual({
      kind: 'activity',
      type: 'call',
    });
  });

  it('offers the field the criterion names, and nothing for a field it cannot tell', () => {
    const contact: ExitCriterion = { id: 'f1', kind: 'field', field: 'contactId', label: 'Who' };
    expect(inPlace(item('field', 'f1'), contact, ACTIVITY_TYPES)).toEqual({
      kind: 'field',
      field: 'contactId',
    });
    expect(inPlace(item('field', 'f9'), undefined, ACTIVITY_TYPES)).toBeNull();
    expect(inPlace(item('document', 'd1'), undefined, ACTIVITY_TYPES)).toBeNull();
  });

  it('holds "Move" back while any item it can meet is left, not for one it cannot', () => {
    const unmet = [item('check', 'c1'), item('nextActivity', null), item('document', 'd1')];
    const canMeet = (u: UnmetCriterion) => u.kind !== 'document';
    expect(itemsLeft(unmet, new Set(), canMeet)).toBe(2);
    expect(itemsLeft(unmet, new Set([keyOf(unmet[0]!)]), canMeet)).toBe(1);
    expect(itemsLeft(unmet, new Set(unmet.map(keyOf)), canMeet)).toBe(0);
  });
});
