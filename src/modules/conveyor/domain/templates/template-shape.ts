// What a workspace template is made of, and how a template's structure meets its texts.
// The structure (criterion kinds, probabilities, roles) is written once per template and the
// texts once per language, so a translation cannot change how the conveyor behaves.
import type { Locale, SalesRole } from '../../../../contract/roles.ts';
import type { DealField } from '../../../../contract/conveyor.ts';
import type { ActivityType } from '../../../../contract/activities.ts';

export type TemplateCriterion =
  | {
      kind: 'field';
      field: DealField;
      label: string;
    }
  | { kind: 'activity'; activityType: ActivityType; label: string }
  | { kind: 'check'; label: string }
  | { kind: 'nextActivity'; label: string };

export interface TemplateStage {
  name: string;
  /** The one goal of the stage (seed 004: one goal and a fixed list of actions). */
  goal: string;
  probability: number;
  rotDays: number | null;
  role: SalesRole;
  /** Skippable: its gate applies only to deals that enter it. */
  optional: boolean;
  /** Markdown: how to do the stage's work. */
  guidance: string;
  exitCriteria: TemplateCriterion[];
}

export interface TemplatePipeline {
  name: string;
  stages: TemplateStage[];
}

export interface TemplateLostReason {
  name: string;
  /** When to use it; a reason off the list is no reason to lose a deal. */
  standard: string;
  /** The stages (by name, across the template's pipelines) where it may be used; absent: all. */
  stageNames?: string[];
}

export interface WorkspaceTemplate {
  pipelines: TemplatePipeline[];
  lostReasons: TemplateLostReason[];
}

/** A criterion without its label: the part that decides whether a deal may move on. */
type CriterionShape = TemplateCriterion extends infer C
  ? C extends TemplateCriterion
    ? Omit<C, 'label'>
    : never
  : never;

export interface StageShape {
  probability: number;
  rotDays: number | null;
  role: SalesRole;
  optional?: boolean;
  criteria: readonly CriterionShape[];
}

/** One label per criterion of the shape, in the same order (a tuple of the same length). */
type Labels<C extends readonly unknown[]> = { readonly [K in keyof C]: string };

export interface StageTexts<S extends StageShape> {
  name: string;
  goal: string;
  guidance: string;
  criteria: Labels<S['criteria']>;
}

export interface PipelineTexts<P extends readonly StageShape[]> {
  name: string;
  stages: { readonly [K in keyof P]: StageTexts<P[K]> };
}

export type TemplateTexts<P extends readonly StageShape[]> = Record<Locale, PipelineTexts<P>>;

export function assemblePipeline<P extends readonly StageShape[]>(
  shape: P,
  texts: PipelineTexts<P>,
): TemplatePipeline {
  const stageTexts = texts.stages as readonly StageTexts<StageShape>[];
  return {
    name: texts.name,
    stages: shape.map((stage, i) => {
      const text = stageTexts[i]!;
      return {
        name: text.name,
        goal: text.goal,
        probability: stage.probability,
        rotDays: stage.rotDays,
        role: stage.role,
        optional: stage.optional ?? false,
        guidance: text.guidance,
        exitCriteria: stage.criteria.map(
          (criterion, j) => ({ ...criterion, label: text.criteria[j]! }) as TemplateCriterion,
        ),
      };
    }),
  };
}
