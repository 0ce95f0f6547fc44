// Forecast arithmetic: a deal counts in the forecast at its value times its stage's probability.
import { DomainError } from '../../../kernel/domain/errors.ts';
import { sortedStages, type Pipeline } from './pipeline.ts';

/**
 * The win probability (0..100) of a stage of the pipeline.
 *
 * @throws DomainError `stage_not_in_pipeline` when the stage is not in the pipeline.
 */
export function stageProbability(pipeline: Pipeline, stageId: string): number {
  const stage = sortedStages(pipeline).find((s) => s.id === stageId);
  if (stage === undefined) {
    throw new DomainError(
      'stage_not_in_pipeline',
      `Stage ${stageId} is not in pipeline "${pipeline.name}"`,
    );
  }
  return stage.probability;
}

/**
 * A deal's weighted value, `value × probability / 100`, rounded to cents (values carry at most
 * two decimals); a deal without a value weighs 0.
 */
export function weightedValue(value: number | null, probability: number): number {
  if (value === null) return 0;
  return Math.round(value * probability) / 100;
}
