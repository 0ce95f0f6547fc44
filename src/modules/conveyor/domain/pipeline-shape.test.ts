import { describe, expect, it } from 'vitest';
import { validatePipelineShape, type StageShapeInput } from './pipeline-shape.ts';

const valid: StageShapeInput = {
  name: 'Identification',
  probability: 10,
  rotDays: 7,
  exitCriteria: [
    { kind: 'activity', activityType: 'call', label: 'Call held' },
    { kind: 'field', field: 'contactId', label: 'Decision maker known' },
    { kind: 'check', label: 'Budget confirmed' },
    { kind: 'nextActivity', label: 'Next contact in the calendar' },
  ],
};

describe('validatePipelineShape', () => {
  it('accepts the example pipeline of API.md, and stages with defaults left out', () => {
    expect(validatePipelineShape({ stages: [valid, { name: 'Qualification' }] })).toEqual([]);
  });

  it('accepts the bounds: probability 0 and 100, rotDays 1 or null', () => {
    const stages: StageShapeInput[] = [
      { name: 'A', probability: 0, rotDays: 1 },
      { name: 'B', probability: 100, rotDays: null },
    ];
    expect(validatePipelineShape({ stages })).toEqual([]);
  });

  it('needs at least one stage', () => {
    expect(validatePipelineShape({ stages: [] })).toEqual([
      { path: 'stages', message: 'A pipeline needs at least one stage' },
    ]);
  });

  it('refuses a stage name used twice, ignoring case and surrounding spaces', () => {
    const errors = validatePipelineShape({
      stages: [{ name: 'Offer' }, { name: 'Negotiation' }, { name: '  offer ' }],
    });
    expect(errors).toEqual([
      { path: 'stages.2.name', message: 'Stage name "offer" is used twice' },
    ]);
  });

  it('refuses a blank stage name', () => {
    expect(validatePipelineShape({ stages: [{ name: '   ' }] })).toEqual([
      { path: 'stages.0.name', message: 'Stage name is required' },
    ]);
  });

  it.each([-1, 101, 10.5, Number.NaN])('refuses probability %s', (probability) => {
    expect(validatePipelineShape({ stages: [{ name: 'A', probability }] })).toEqual([
      { path: 'stages.0.probability', message: 'Probability must be a whole number from 0 to 100' },
    ]);
  });

  it.each([0, -3, 1.5])('refuses rotDays %s', (rotDays) => {
    expect(validatePipelineShape({ stages: [{ name: 'A' }, { name: 'B', rotDays }] })).toEqual([
      {
        path: 'stages.1.rotDays',
        message: 'Rotting days must be a whole number of at least 1, or empty',
      },
    ]);
  });

  it('refuses a field criterion naming something that is not a deal field', () => {
    const errors = validatePipelineShape({
      stages: [{ name: 'A', exitCriteria: [{ kind: 'field', field: 'title', label: 'Named' }] }],
    });
    expect(errors).toEqual([
      {
        path: 'stages.0.exitCriteria.0.field',
        message: 'Field must be one of: value, expectedCloseDate, contactId, companyId',
      },
    ]);
  });

  it('refuses a field criterion without a field', () => {
    const errors = validatePipelineShape({
      stages: [{ name: 'A', exitCriteria: [{ kind: 'field', label: 'Something set' }] }],
    });
    expect(errors.map((e) => e.path)).toEqual(['stages.0.exitCriteria.0.field']);
  });

  it('refuses an activity criterion of an unknown type', () => {
    const errors = validatePipelineShape({
      stages: [
        { name: 'A' },
        {
          name: 'B',
          exitCriteria: [
            { kind: 'check', label: 'Budget confirmed' },
            { kind: 'activity', activityType: 'lunch', label: 'Lunch eaten' },
          ],
        },
      ],
    });
    expect(errors).toEqual([
      {
        path: 'stages.1.exitCriteria.1.activityType',
        message: 'Activity type must be one of: call, meeting, email, task',
      },
    ]);
  });

  it('refuses an unknown criterion kind', () => {
    const errors = validatePipelineShape({
      stages: [{ name: 'A', exitCriteria: [{ kind: 'vibe', label: 'Feels right' }] }],
    });
    expect(errors).toEqual([
      {
        path: 'stages.0.exitCriteria.0.kind',
        message: 'Criterion kind must be one of: field, activity, check, nextActivity',
      },
    ]);
  });

  it('refuses blank and missing criterion labels', () => {
    const errors = validatePipelineShape({
      stages: [
        { name: 'A', exitCriteria: [{ kind: 'check', label: '  ' }, { kind: 'nextActivity' }] },
      ],
    });
    expect(errors).toEqual([
      { path: 'stages.0.exitCriteria.0.label', message: 'Criterion label is required' },
      { path: 'stages.0.exitCriteria.1.label', message: 'Criterion label is required' },
    ]);
  });

  it('lists every problem at once, in input order', () => {
    const errors = validatePipelineShape({
      stages: [
        { name: 'A', probability: 120 },
        {
          name: 'a',
          rotDays: 0,
          exitCriteria: [{ kind: 'activity', activityType: 'fax', label: '' }],
        },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual([
      'stages.0.probability',
      'stages.1.name',
      'stages.1.rotDays',
      'stages.1.exitCriteria.0.activityType',
      'stages.1.exitCriteria.0.label',
    ]);
  });
});
