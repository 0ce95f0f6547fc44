import { newId } from '../../../../kernel/db/ids.ts';
import type { StageRecord } from '../../db/pipelines-repo.ts';
import type { StoredCriterion } from '../../db/schema.ts';
import { validationError, type FieldError } from '../../../../kernel/domain/errors.ts';

/** A criterion as submitted: an id keeps an existing one (and the checks ticked against it). */
type CriterionInput = StoredCriterion extends infer C
  ? C extends StoredCriterion
    ? Omit<C, 'id'> & { id?: string }
    : never
  : never;

export interface StageInput {
  id?: string;
  name: string;
  goal?: string;
  probability?: number;
  rotDays?: number | null;
  role?: string | null;
  optional?: boolean;
  guidance?: string;
  exitCriteria?: CriterionInput[];
}

/**
 * Turns the submitted stage list into stored stages: order is the list's order, new stages and
 * criteria get ids, known ids keep theirs (so ticked checks and deals stay attached). An id that
 * does not belong to this pipeline is refused rather than silently replaced.
 */
export function draftStages(input: StageInput[], existing: StageRecord[] = []): StageRecord[] {
  const known = new Map(existing.map((s) => [s.id, s]));
  const errors: FieldError[] = [];
  const names = new Set<string>();
  // An id listed twice would make one stored stage (or criterion) out of two entries.
  const seenStages = new Set<string>();
  const seenCriteria = new Set<string>();
  const drafts = input.map((s, index): StageRecord => {
    const previous = s.id ? known.get(s.id) : undefined;
    if (s.id && !previous)
      errors.push({ path: `stages.${index}.id`, message: 'No such stage in this pipeline' });
    else if (s.id && seenStages.has(s.id))
      errors.push({ path: `stages.${index}.id`, message: 'This stage is listed twice' });
    if (s.id) seenStages.add(s.id);
    const key = s.name.trim().toLowerCase();
    if (names.has(key))
      errors.push({ path: `stages.${index}.name`, message: 'Stage names must be unique' });
    names.add(key);
    const knownCriteria = new Set(previous?.exitCriteria.map((c) => c.id) ?? []);
    const exitCriteria = (s.exitCriteria ?? []).map((c, ci): StoredCriterion => {
      if (c.id && !knownCriteria.has(c.id)) {
        errors.push({
          path: `stages.${index}.exitCriteria.${ci}.id`,
          message: 'No such criterion in this stage',
        });
      } else if (c.id && seenCriteria.has(c.id)) {
        errors.push({
          path: `stages.${index}.exitCriteria.${ci}.id`,
          message: 'This criterion is listed twice',
        });
      }
      if (c.id) seenCriteria.add(c.id);
      return { ...c, id: c.id ?? newId() } as StoredCriterion;
    });
    return {
      id: s.id ?? newId(),
      name: s.name,
      order: index,
      goal: s.goal ?? '',
      probability: s.probability ?? 0,
      rotDays: s.rotDays ?? null,
      role: s.role ?? null,
      optional: s.optional ?? false,
      guidance: s.guidance ?? '',
      exitCriteria,
    };
  });
  if (errors.length > 0) throw validationError(errors);
  return drafts;
}
