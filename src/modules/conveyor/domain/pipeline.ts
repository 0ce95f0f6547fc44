// The shape of a sales pipeline: ordered stages, each with one goal and a fixed list of exit
// criteria (DOMAIN.md §3, "every stage has one goal and a fixed list of actions").
import type { SalesRole } from '../../../contract/roles.ts';
import { ACTIVITY_TYPES, type ActivityType } from '../../../contract/activities.ts';
import { DEAL_FIELDS, type DealField } from '../../../contract/conveyor.ts';

export type Criterion =
  | { id: string; kind: 'field'; field: DealField; label: string }
  | { id: string; kind: 'activity'; activityType: ActivityType; label: string }
  | { id: string; kind: 'check'; label: string }
  | { id: string; kind: 'nextActivity'; label: string };

export interface Stage {
  id: string;
  name: string;
  order: number;
  goal: string;
  /** Chance of winning a deal in this stage, 0..100. */
  probability: number;
  /** Idle days after which a deal in this stage counts as stuck; null: never. */
  rotDays: number | null;
  role: SalesRole | null;
  /** Skippable: its exit criteria apply only to deals that enter it (API.md). */
  optional: boolean;
  guidance: string;
  exitCriteria: Criterion[];
}

export interface Pipeline {
  id: string;
  name: string;
  /** In any order; every function here works on `sortedStages`. */
  stages: Stage[];
}

export function isActivityType(value: unknown): value is ActivityType {
  return (ACTIVITY_TYPES as readonly unknown[]).includes(value);
}

export function isDealField(value: unknown): value is DealField {
  return (DEAL_FIELDS as readonly unknown[]).includes(value);
}

/**
 * The stages in conveyor order (ascending `order`), as a new array: callers load stages in
 * whatever order the store returns them, and the rules must not depend on it.
 */
export function sortedStages(pipeline: Pipeline): Stage[] {
  return [...pipeline.stages].sort((a, b) => a.order - b.order);
}
