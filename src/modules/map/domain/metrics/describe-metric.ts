// A metric read aloud in the workspace's language (API.md: a lamp's `description`), e.g.
// "Number of deals won per week" or "Median time in stage before entering Offer (pipeline New
// business)". Names of pipelines, stages, users and teams come from the caller's lookups.
import { DURATION_EVENTS, type Filter, type Metric, type Where } from './metric.ts';
import { PHRASES_EN } from './phrases-en.ts';
import { PHRASES_PL } from './phrases-pl.ts';
import { PHRASES_RU } from './phrases-ru.ts';
import type { DurationEvent, MetricPhrases, PartKind } from './phrases.ts';
import { WHERE_KEYS, type WhereKey } from '../../../../contract/map.ts';
import type { Locale } from '../../../../contract/roles.ts';
import { isKnownMedium } from '../../../../contract/sources.ts';

export type MetricLocale = Locale;

export const METRIC_PHRASES: Record<MetricLocale, MetricPhrases> = {
  en: PHRASES_EN,
  pl: PHRASES_PL,
  ru: PHRASES_RU,
};

export interface MetricNames {
  pipeline(id: string): string | undefined;
  stage(id: string): string | undefined;
  user(id: string): string | undefined;
  team(id: string): string | undefined;
}

interface Rendered {
  kind: PartKind;
  core: string;
  where: string;
}

function isDurationEvent(event: string): event is DurationEvent {
  return (DURATION_EVENTS as readonly string[]).includes(event);
}

function whereValue(key: WhereKey, value: string, p: MetricPhrases, names: MetricNames): string {
  switch (key) {
    case 'pipelineId':
      return names.pipeline(value) ?? p.unknownName;
    case 'stageId':
      return names.stage(value) ?? p.unknownName;
    case 'ownerId':
      return names.user(value) ?? p.unknownName;
    case 'teamId':
      return names.team(value) ?? p.unknownName;
    case 'channel':
      return p.channels[value as keyof MetricPhrases['channels']] ?? value;
    case 'activityType':
      return p.activityTypes[value as keyof MetricPhrases['activityTypes']] ?? value;
    case 'medium':
      return isKnownMedium(value) ? p.mediums[value] : value;
  }
}

/** " (pipeline New business, owner Anna)", or '' when nothing is left to say. */
function whereClause(
  where: Where | undefined,
  skip: WhereKey | null,
  p: MetricPhrases,
  names: MetricNames,
): string {
  const items = WHERE_KEYS.flatMap((key) => {
    const value = where?.[key];
    if (value === undefined || key === skip) return [];
    return [p.whereItem(p.whereLabels[key], whereValue(key, value, p, names))];
  });
  return items.length === 0 ? '' : ` (${items.join(', ')})`;
}

/** The stage a `deal.stage_entered` filter names itself, so the where clause need not repeat it. */
function enteredStage(filter: Filter): string | undefined {
  return filter.event === 'deal.stage_entered' ? filter.where?.stageId : undefined;
}

function render(metric: Metric, p: MetricPhrases, names: MetricNames): Rendered {
  if ('count' in metric || ('median' in metric && metric.of === 'duration')) {
    const filter = 'count' in metric ? metric.count : metric.median;
    const stageId = enteredStage(filter);
    const stage = stageId === undefined ? undefined : names.stage(stageId);
    let core: string;
    if ('count' in metric) {
      core = stageId === undefined ? p.events[filter.event] : p.dealsEnteringStage(stage);
    } else if (stageId !== undefined) core = p.timeBeforeEntering(stage);
    else core = isDurationEvent(filter.event) ? p.durations[filter.event] : p.events[filter.event];
    const kind = 'count' in metric ? 'count' : 'medianDuration';
    const skip = stageId === undefined ? null : 'stageId';
    return { kind, core, where: whereClause(filter.where, skip, p, names) };
  }
  if ('sum' in metric || 'median' in metric) {
    const filter = 'sum' in metric ? metric.sum : metric.median;
    const kind = 'sum' in metric ? 'sum' : 'medianAmount';
    return { kind, core: p.events[filter.event], where: whereClause(filter.where, null, p, names) };
  }
  if ('state' in metric) {
    return {
      kind: 'state',
      core: p.states[metric.state],
      where: whereClause(metric.where, null, p, names),
    };
  }
  if ('ratio' in metric) {
    const part = (m: Metric, side: 'of' | 'to'): string => {
      const r = render(m, p, names);
      return p.ratioPart(r.kind, r.core, r.where, side);
    };
    return {
      kind: 'ratio',
      core: p.ratio(part(metric.ratio.of, 'of'), part(metric.ratio.to, 'to')),
      where: '',
    };
  }
  // A manual metric inside a ratio is rejected by parseMetric; render it plainly if it slips in.
  return { kind: 'count', core: p.manual, where: '' };
}

export function describeMetric(metric: Metric, locale: MetricLocale, names: MetricNames): string {
  const p = METRIC_PHRASES[locale];
  if ('manual' in metric) return p.manual;
  const r = render(metric, p, names);
  return p.sentence(r.kind, r.core, r.where);
}
