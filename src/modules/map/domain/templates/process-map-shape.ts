// What a template's process map is made of (DOMAIN.md §1–2). Like pipelines, the structure
// (kinds, modes, links, metrics, thresholds) is written once and the texts once per language.
import type { Locale } from '../../../../contract/roles.ts';
import type {
  Cadence,
  GroupKind,
  LampPosition,
  Direction,
  GroupMode,
} from '../../../../contract/map.ts';

export interface TemplateLamp {
  position: LampPosition;
  name: string;
  /** A metric in the language of API.md ("Metric language"); `{ manual: true }` until collected. */
  metric: unknown;
  thresholds: {
    direction: Direction;
    green: number;
    amber: number;
  };
}

export interface TemplateGroup {
  /** Stable key within the template, used by `next` links. */
  key: string;
  kind: GroupKind;
  name: string;
  result: string;
  mode: GroupMode;
  cadence: Cadence | null;
  /** The event type that starts a triggered group. */
  trigger: string | null;
  processes: { name: string; description: string }[];
  /** Keys of the groups this group's result feeds. */
  next: string[];
  lamps: TemplateLamp[];
}

export interface MapTemplate {
  versionName: string;
  groups: TemplateGroup[];
}

export type MapTemplates = (locale: Locale) => MapTemplate;
