// How a template's process map is written: the structure (kinds, modes, links, metrics,
// thresholds) once, the texts once per language as tuples of the same length, so a
// translation cannot add a lamp, drop a process or change what is measured.
import type { EventType, MetricEventType } from '../../../../contract/event-types.ts';
import type { MapTemplate, TemplateGroup } from './process-map-shape.ts';
import type {
  Cadence,
  GroupKind,
  LampPosition,
  StateKind,
  Direction,
} from '../../../../contract/map.ts';
import type { Channel } from '../../../../contract/sources.ts';
import type { ActivityType } from '../../../../contract/activities.ts';

/**
 * Where filters a template may use. Templates know no ids (pipelines, stages, owners and
 * teams do not exist yet), so only the source and the activity type are left.
 */
interface TemplateWhere {
  channel?: Channel;
  medium?: string;
  activityType?: ActivityType;
}

interface TemplateFilter {
  event: MetricEventType;
  where?: TemplateWhere;
}

/**
 * The metric language of API.md, narrowed to what a template can say. Units: `count` per
 * week, `median … duration` in seconds, `ratio` a fraction (0.25 = 25 %); a `manual` lamp's
 * value is typed in by a person, and a lamp named "…, %" expects a percentage (0–100).
 */
export type TemplateMetric =
  | { count: TemplateFilter }
  | { sum: TemplateFilter }
  | { median: TemplateFilter; of: 'duration' | 'amount' }
  | { ratio: { of: TemplateMetric; to: TemplateMetric } }
  | {
      state: StateKind;
      where?: TemplateWhere;
    }
  | { manual: true };

export interface LampShape<P extends LampPosition> {
  position: P;
  metric: TemplateMetric;
  thresholds: {
    direction: Direction;
    green: number;
    amber: number;
  };
}

/** A lamp typed in by hand each week, until the product collects what it measures. */
export function manualLamp<P extends LampPosition>(
  position: P,
  green: number,
  amber: number,
  direction: LampShape<P>['thresholds']['direction'] = 'higher_is_better',
): LampShape<P> {
  return { position, metric: { manual: true }, thresholds: { direction, green, amber } };
}

type Timing =
  | { mode: 'standing'; cadence: Cadence; trigger: null }
  | { mode: 'triggered'; cadence: null; trigger: EventType };

export type GroupShape = Timing & {
  key: string;
  kind: GroupKind;
  /** One short key per process, in order; the texts give each its name and description. */
  processes: readonly string[];
  next: readonly string[];
  /** Seed 000: is the work done at all, is it done well, what came of it. */
  lamps: readonly [LampShape<'start'>, LampShape<'middle'>, LampShape<'end'>];
};

type SameLength<T extends readonly unknown[], V> = { readonly [K in keyof T]: V };

export interface GroupTexts<G extends GroupShape> {
  name: string;
  /** The one result the group exists for. */
  result: string;
  processes: SameLength<G['processes'], { name: string; description: string }>;
  /** Lamp names: start, middle, end. */
  lamps: readonly [string, string, string];
}

export type MapTexts<S extends readonly GroupShape[]> = {
  readonly [K in keyof S]: GroupTexts<S[K]>;
};

export function assembleMap<S extends readonly GroupShape[]>(
  versionName: string,
  shape: S,
  texts: MapTexts<S>,
): MapTemplate {
  const groupTexts = texts as readonly GroupTexts<GroupShape>[];
  return {
    versionName,
    groups: shape.map((group, i): TemplateGroup => {
      const text = groupTexts[i]!;
      return {
        key: group.key,
        kind: group.kind,
        name: text.name,
        result: text.result,
        mode: group.mode,
        cadence: group.cadence,
        trigger: group.trigger,
        processes: text.processes.map((p) => ({ name: p.name, description: p.description })),
        next: [...group.next],
        lamps: group.lamps.map((lamp, j) => ({
          position: lamp.position,
          name: text.lamps[j]!,
          metric: structuredClone(lamp.metric),
          thresholds: { ...lamp.thresholds },
        })),
      };
    }),
  };
}
