// Structural rules for a submitted pipeline, reported all at once as field errors so the
// administrator can fix every problem in one go (API.md, "Validation errors list every bad field").
import type { FieldError } from '../../../kernel/domain/errors.ts';
import { isActivityType, isDealField } from './pipeline.ts';
import { ACTIVITY_TYPES } from '../../../contract/activities.ts';
import { CRITERION_KINDS, DEAL_FIELDS } from '../../../contract/conveyor.ts';

/** A criterion as submitted: loosely typed, because this is where unknown values are caught. */
export interface CriterionShapeInput {
  kind: string;
  field?: string;
  activityType?: string;
  label?: string;
}

export interface StageShapeInput {
  name: string;
  probability?: number;
  rotDays?: number | null;
  exitCriteria?: readonly CriterionShapeInput[];
}

export interface PipelineShapeInput {
  stages: readonly StageShapeInput[];
}

/**
 * Every structural problem of a pipeline, with paths like `stages.0.exitCriteria.1.field`;
 * an empty list means the shape is valid. Checks: at least one stage, non-blank stage names
 * unique case-insensitively, whole-number probability 0..100, rotDays a whole number ≥ 1 or
 * null, known criterion kinds, `field` criteria naming a deal field, `activity` criteria a
 * known activity type, and non-blank criterion labels.
 */
export function validatePipelineShape(input: PipelineShapeInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.stages.length === 0) {
    errors.push({ path: 'stages', message: 'A pipeline needs at least one stage' });
  }
  const seenNames = new Set<string>();
  input.stages.forEach((stage, index) => {
    const at = `stages.${index}`;
    const key = stage.name.trim().toLowerCase();
    if (key === '') {
      errors.push({ path: `${at}.name`, message: 'Stage name is required' });
    } else if (seenNames.has(key)) {
      errors.push({
        path: `${at}.name`,
        message: `Stage name "${stage.name.trim()}" is used twice`,
      });
    }
    seenNames.add(key);
    errors.push(...stageNumberErrors(stage, at));
    (stage.exitCriteria ?? []).forEach((criterion, ci) => {
      errors.push(...criterionErrors(criterion, `${at}.exitCriteria.${ci}`));
    });
  });
  return errors;
}

function stageNumberErrors(stage: StageShapeInput, at: string): FieldError[] {
  const errors: FieldError[] = [];
  const { probability, rotDays } = stage;
  if (
    probability !== undefined &&
    !(Number.isInteger(probability) && probability >= 0 && probability <= 100)
  ) {
    errors.push({
      path: `${at}.probability`,
      message: 'Probability must be a whole number from 0 to 100',
    });
  }
  if (rotDays !== undefined && rotDays !== null && !(Number.isInteger(rotDays) && rotDays >= 1)) {
    errors.push({
      path: `${at}.rotDays`,
      message: 'Rotting days must be a whole number of at least 1, or empty',
    });
  }
  return errors;
}

function criterionErrors(criterion: CriterionShapeInput, at: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!(CRITERION_KINDS as readonly string[]).includes(criterion.kind)) {
    errors.push({
      path: `${at}.kind`,
      message: `Criterion kind must be one of: ${CRITERION_KINDS.join(', ')}`,
    });
  }
  if (criterion.kind === 'field' && !isDealField(criterion.field)) {
    errors.push({
      path: `${at}.field`,
      message: `Field must be one of: ${DEAL_FIELDS.join(', ')}`,
    });
  }
  if (criterion.kind === 'activity' && !isActivityType(criterion.activityType)) {
    errors.push({
      path: `${at}.activityType`,
      message: `Activity type must be one of: ${ACTIVITY_TYPES.join(', ')}`,
    });
  }
  if ((criterion.label ?? '').trim() === '') {
    errors.push({ path: `${at}.label`, message: 'Criterion label is required' });
  }
  return errors;
}
