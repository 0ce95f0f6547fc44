import type { SalesRole } from '../../../../contract/roles.ts';
import type { CriterionBody, PipelineBody, StageBody } from '../api/create-pipeline.ts';
import type { Pipeline } from '../api/types.ts';
import type { CriterionKind, DEAL_FIELDS } from './criterion-options.ts';
import type { ActivityType } from '../../../../contract/activities.ts';

type DealField = (typeof DEAL_FIELDS)[number];

/** A criterion being edited; `field` and `activityType` are kept so switching kinds loses nothing. */
export interface CriterionDraft {
  key: string;
  id?: string;
  kind: CriterionKind;
  field: DealField;
  activityType: ActivityType;
  label: string;
}

/** A stage being edited; `key` identifies it in lists before the server gives it an id. */
export interface StageDraft {
  key: string;
  id?: string;
  name: string;
  goal: string;
  probability: number | string;
  rotDays: number | string;
  role: SalesRole | null;
  optional: boolean;
  guidance: string;
  exitCriteria: CriterionDraft[];
}

export interface PipelineDraft {
  name: string;
  stages: StageDraft[];
}

let counter = 0;
/** A list key for a draft that has no server id yet. */
export function draftKey(): string {
  counter += 1;
  return `new-${counter}`;
}

export function emptyCriterion(): CriterionDraft {
  return { key: draftKey(), kind: 'check', field: 'value', activityType: 'call', label: '' };
}

export function emptyStage(name = ''): StageDraft {
  return {
    key: draftKey(),
    name,
    goal: '',
    probability: 0,
    rotDays: '',
    role: null,
    optional: false,
    guidance: '',
    exitCriteria: [],
  };
}

export function toDraft(pipeline: Pipeline): PipelineDraft {
  const stages = [...pipeline.stages].sort((a, b) => a.order - b.order);
  return {
    name: pipeline.name,
    stages: stages.map((s) => ({
      key: s.id,
      id: s.id,
      name: s.name,
      goal: s.goal,
      probability: s.probability,
      rotDays: s.rotDays ?? '',
      role: s.role,
      optional: s.optional,
      guidance: s.guidance,
      exitCriteria: s.exitCriteria.map((c) => ({
        key: c.id,
        id: c.id,
        kind: c.kind,
        field: c.kind === 'field' ? c.field : 'value',
        activityType: c.kind === 'activity' ? c.activityType : 'call',
        label: c.label,
      })),
    })),
  };
}

function toCriterion(c: CriterionDraft): CriterionBody {
  const base = { ...(c.id ? { id: c.id } : {}), label: c.label.trim() };
  if (c.kind === 'field') return { ...base, kind: 'field', field: c.field };
  if (c.kind === 'activity') return { ...base, kind: 'activity', activityType: c.activityType };
  return { ...base, kind: c.kind };
}

/** A number input's value: '' (cleared) stays absent; anything else as a number. */
function numberOf(value: number | string): number | null {
  if (value === '' || value === null) return null;
  return typeof value === 'number' ? value : Number(value);
}

/** The request body: the stage list in the order shown (that order is the stage order). */
export function toBody(draft: PipelineDraft): PipelineBody {
  return {
    name: draft.name.trim(),
    stages: draft.stages.map((s): StageBody => ({
      ...(s.id ? { id: s.id } : {}),
      name: s.name.trim(),
      goal: s.goal.trim(),
      probability: numberOf(s.probability) ?? 0,
      rotDays: numberOf(s.rotDays),
      role: s.role,
      optional: s.optional,
      guidance: s.guidance,
      exitCriteria: s.exitCriteria.map(toCriterion),
    })),
  };
}

const SEGMENT_KEYS: Record<string, string> = {
  name: 'settings.invalid.name',
  goal: 'settings.invalid.goal',
  probability: 'settings.invalid.probability',
  rotDays: 'settings.invalid.rotDays',
  guidance: 'settings.invalid.guidance',
  label: 'settings.invalid.label',
  stages: 'settings.invalid.stages',
};

/**
 * The translation key for an API field error (`stages.2.name`), by the field it names; a name
 * the server refused as a duplicate gets its own message. Undefined: show the server's text.
 */
export function messageKeyFor(path: string, message: string): string | undefined {
  const segment = path
    .split('.')
    .reverse()
    .find((s) => !/^\d+$/.test(s));
  if (segment === 'name' && path.startsWith('stages.') && /unique/i.test(message))
    return 'settings.invalid.nameUnique';
  return segment ? SEGMENT_KEYS[segment] : undefined;
}

/** The form path an API error path points at: the field itself, or the nearest one the form shows. */
export function formPathFor(path: string): string {
  // An unknown stage or criterion id cannot be edited: point at the stage's (criterion's) name.
  if (/^stages\.\d+\.id$/.test(path)) return path.replace(/id$/, 'name');
  if (/^stages\.\d+\.exitCriteria\.\d+\.id$/.test(path)) return path.replace(/id$/, 'label');
  return path;
}

/** The index of the stage an error path is about, if any. */
export function stageIndexOf(path: string): number | undefined {
  const match = /^stages\.(\d+)\./.exec(path);
  return match ? Number(match[1]) : undefined;
}

const isWhole = (n: number) => Number.isInteger(n);

/** The same rules as the API, so most mistakes show before saving (keys of `settings.invalid`). */
export function validateDraft(draft: PipelineDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (!name || name.length > 200) errors.name = 'settings.invalid.name';
  if (draft.stages.length === 0) errors.stages = 'settings.invalid.stages';
  draft.stages.forEach((s, i) => {
    const at = `stages.${i}`;
    const stageName = s.name.trim();
    if (!stageName || stageName.length > 200) errors[`${at}.name`] = 'settings.invalid.name';
    if (s.goal.trim().length > 500) errors[`${at}.goal`] = 'settings.invalid.goal';
    const probability = numberOf(s.probability);
    if (probability !== null && (!isWhole(probability) || probability < 0 || probability > 100))
      errors[`${at}.probability`] = 'settings.invalid.probability';
    const rot = numberOf(s.rotDays);
    if (rot !== null && (!isWhole(rot) || rot < 1 || rot > 3650))
      errors[`${at}.rotDays`] = 'settings.invalid.rotDays';
    if (s.guidance.length > 20_000) errors[`${at}.guidance`] = 'settings.invalid.guidance';
    s.exitCriteria.forEach((c, ci) => {
      const label = c.label.trim();
      if (!label || label.length > 200)
        errors[`${at}.exitCriteria.${ci}.label`] = 'settings.invalid.label';
    });
  });
  return errors;
}
