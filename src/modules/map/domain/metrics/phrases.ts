// What a language must supply to read a metric aloud (describe-metric.ts). Polish and Russian
// decline nouns, so each table gives its phrases in the case its own templates need (the
// genitive plural after "Liczba …" / "Количество …") and builds its sentences itself.
import type { MetricEventType } from '../../../../contract/event-types.ts';
import type { ActivityType } from '../../../../contract/activities.ts';
import type { DurationEvent, StateKind, WhereKey } from '../../../../contract/map.ts';
import type { Channel, KnownMedium } from '../../../../contract/sources.ts';

export type { DurationEvent };

/** The shape of a measured quantity, which decides its head noun ("Number of", "Median …"). */
export type PartKind = 'count' | 'sum' | 'medianAmount' | 'medianDuration' | 'state' | 'ratio';

export interface MetricPhrases {
  /** Each event type as a plural noun phrase ("deals won"; pl/ru: genitive plural). */
  events: Record<MetricEventType, string>;
  /** `deal.stage_entered` limited to one stage; `stage` undefined when the name is unknown. */
  dealsEnteringStage(stage: string | undefined): string;
  /** What a duration measures ("time from lead creation to first contact"; pl/ru: genitive). */
  durations: Record<DurationEvent, string>;
  /** The duration of `deal.stage_entered` limited to the stage entered. */
  timeBeforeEntering(stage: string | undefined): string;
  /** Each state as a plural noun phrase ("open deals"; pl/ru: genitive plural). */
  states: Record<StateKind, string>;
  whereLabels: Record<WhereKey, string>;
  channels: Record<Channel, string>;
  /** The mediums Conveyor names, in words (any other is read as typed). */
  mediums: Record<KnownMedium, string>;
  activityTypes: Record<ActivityType, string>;
  /** Shown for a pipeline, stage, user or team that no longer exists. */
  unknownName: string;
  /** One labelled value of a where clause: "pipeline New business". */
  whereItem(label: string, value: string): string;
  /**
   * A whole sentence for a top-level metric. `core` is the phrase of its events, state or
   * ratio; `where` is '' or the parenthesised where clause (" (pipeline New business)").
   */
  sentence(kind: PartKind, core: string, where: string): string;
  /** A metric inside a ratio, as the `of` or the `to` side. */
  ratioPart(kind: PartKind, core: string, where: string, side: 'of' | 'to'): string;
  /** The core of a ratio from its two rendered sides. */
  ratio(of: string, to: string): string;
  manual: string;
}
