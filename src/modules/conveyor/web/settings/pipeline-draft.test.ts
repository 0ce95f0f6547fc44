import { describe, expect, it } from 'vitest';
import {
  emptyCriterion,
  emptyStage,
  formPathFor,
  messageKeyFor,
  stageIndexOf,
  toBody,
  toDraft,
  validateDraft,
} from './pipeline-draft.ts';
import type { Pipeline } from '../api/types.ts';

const pipeline: Pipeline = {
  id: 'p1',
  name: 'New business',
  order: 0,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  stages: [
    {
      id: 's2',
      name: 'Offer',
      order: 1,
      goal: '',
      probability: 50,
      rotDays: null,
      role: null,
      optional: true,
      guidance: '',
      exitCriteria: [{ id: 'c2', kind: 'activity', activityType: 'meeting', label: 'Demo held' }],
    },
    {
      id: 's1',
      name: 'Identification',
      order: 0,
      goal: 'A decision maker',
      probability: 10,
      rotDays: 7,
      role: 'hunter',
      optional: false,
      guidance: '- call',
      exitCriteria: [{ id: 'c1', kind: 'field', field: 'contactId', label: 'Contact known' }],
    },
  ],
};

describe('pipeline drafts', () => {
  it('round-trip a pipeline in stage order, keeping ids and criterion kinds', () => {
    const body = toBody(toDraft(pipeline));
    expect(body).toEqual({
      name: 'New business',
      stages: [
        {
          id: 's1',
          name: 'Identification',
          goal: 'A decision maker',
          probability: 10,
          rotDays: 7,
          role: 'hunter',
          optional: false,
          guidance: '- call',
          exitCriteria: [{ id: 'c1', kind: 'field', field: 'contactId', label: 'Contact known' }],
        },
        {
          id: 's2',
          name: 'Offer',
          goal: '',
          probability: 50,
          rotDays: null,
          role: null,
          optional: true,
          guidance: '',
          exitCriteria: [
            { id: 'c2', kind: 'activity', activityType: 'meeting', label: 'Demo held' },
          ],
        },
      ],
    });
  });

  it('send new stages and criteria without ids, empty numbers as defaults, trimmed text', () => {
    const stage = { ...emptyStage(' Demo '), probability: '', rotDays: '' };
    stage.exitCriteria.push({ ...emptyCriterion(), kind: 'nextActivity', label: ' Next call ' });
    const body = toBody({ name: ' P ', stages: [stage] });
    expect(body).toEqual({
      name: 'P',
      stages: [
        {
          name: 'Demo',
          goal: '',
          probability: 0,
          rotDays: null,
          role: null,
          optional: false,
          guidance: '',
          exitCriteria: [{ kind: 'nextActivity', label: 'Next call' }],
        },
      ],
    });
  });

  it('validate like the API, by form path', () => {
    const draft = toDraft(pipeline);
    draft.name = ' ';
    draft.stages[0]!.probability = 101;
    draft.stages[1]!.rotDays = 0;
    draft.stages[1]!.exitCriteria[0]!.label = '';
    expect(validateDraft(draft)).toEqual({
      name: 'settings.invalid.name',
      'stages.0.probability': 'settings.invalid.probability',
      'stages.1.rotDays': 'settings.invalid.rotDays',
      'stages.1.exitCriteria.0.label': 'settings.invalid.label',
    });
    expect(validateDraft({ name: 'x', stages: [] })).toEqual({
      stages: 'settings.invalid.stages',
    });
  });

  it('map API error paths to form fields, messages and stages', () => {
    expect(messageKeyFor('stages.2.name', 'Required')).toBe('settings.invalid.name');
    expect(messageKeyFor('stages.2.name', 'Stage names must be unique')).toBe(
      'settings.invalid.nameUnique',
    );
    expect(messageKeyFor('stages.0.exitCriteria.1.label', 'Required')).toBe(
      'settings.invalid.label',
    );
    expect(messageKeyFor('stages.0.exitCriteria.1.kind', 'Invalid')).toBeUndefined();
    expect(formPathFor('stages.3.id')).toBe('stages.3.name');
    expect(formPathFor('stages.3.exitCriteria.0.id')).toBe('stages.3.exitCriteria.0.label');
    expect(formPathFor('stages.3.goal')).toBe('stages.3.goal');
    expect(stageIndexOf('stages.12.exitCriteria.0.label')).toBe(12);
    expect(stageIndexOf('name')).toBeUndefined();
  });
});
