import { describe, expect, it } from 'vitest';
import {
  isActivityType,
  isDealField,
  sortedStages,
  type Pipeline,
  type Stage,
} from './pipeline.ts';

function stage(id: string, order: number): Stage {
  return {
    id,
    name: id,
    order,
    goal: '',
    probability: 0,
    rotDays: null,
    role: null,
    optional: false,
    guidance: '',
    exitCriteria: [],
  };
}

describe('sortedStages', () => {
  it('orders stages by their order, whatever order they were loaded in', () => {
    const pipeline: Pipeline = {
      id: 'p',
      name: 'New business',
      stages: [stage('offer', 2), stage('identification', 0), stage('qualification', 1)],
    };
    expect(sortedStages(pipeline).map((s) => s.id)).toEqual([
      'identification',
      'qualification',
      'offer',
    ]);
  });

  it('returns a new array and leaves the pipeline as it was', () => {
    const stages = [stage('b', 5), stage('a', -1)];
    const pipeline: Pipeline = { id: 'p', name: 'P', stages };
    const sorted = sortedStages(pipeline);
    expect(sorted).not.toBe(stages);
    expect(pipeline.stages.map((s) => s.id)).toEqual(['b', 'a']);
  });
});

describe('isActivityType / isDealField', () => {
  it('accepts exactly the listed values', () => {
    expect(['call', 'meeting', 'email', 'task'].every(isActivityType)).toBe(true);
    expect(isActivityType('lunch')).toBe(false);
    expect(isActivityType(undefined)).toBe(false);
    expect(['value', 'expectedCloseDate', 'contactId', 'companyId'].every(isDealField)).toBe(true);
    expect(isDealField('title')).toBe(false);
    expect(isDealField(null)).toBe(false);
  });
});
