import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Pipeline } from './pipeline.ts';
import { stageProbability, weightedValue } from './probability.ts';

const pipeline: Pipeline = {
  id: 'p',
  name: 'New business',
  stages: [
    {
      id: 'offer',
      name: 'Offer',
      order: 2,
      goal: '',
      probability: 60,
      rotDays: null,
      role: null,
      optional: false,
      guidance: '',
      exitCriteria: [],
    },
  ],
};

describe('stageProbability', () => {
  it("reads the stage's probability", () => {
    expect(stageProbability(pipeline, 'offer')).toBe(60);
  });

  it('refuses a stage of another pipeline', () => {
    expect(() => stageProbability(pipeline, 'x')).toThrow(DomainError);
    expect(() => stageProbability(pipeline, 'x')).toThrow(
      expect.objectContaining({ code: 'stage_not_in_pipeline' }),
    );
  });
});

describe('weightedValue', () => {
  it('weighs a value by the probability, rounded to cents', () => {
    expect(weightedValue(12500.5, 10)).toBe(1250.05);
    expect(weightedValue(1000, 60)).toBe(600);
    expect(weightedValue(0.15, 50)).toBe(0.08);
    expect(weightedValue(999.99, 100)).toBe(999.99);
    expect(weightedValue(999.99, 0)).toBe(0);
  });

  it('weighs a deal without a value as nothing', () => {
    expect(weightedValue(null, 80)).toBe(0);
  });
});
