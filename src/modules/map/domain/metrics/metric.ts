// The metric language of control lamps (API.md "Process map and lamps"). A metric is data a
// manager writes, so it is validated strictly here and every problem is reported with its path.
// The validator is hand-written rather than a zod union: a metric is told apart by its one
// top-level key, and a union's error report would bury each real problem under "no variant
// matched" instead of pointing at `metric.ratio.of.count.event`.
import { DomainError, type FieldError } from '../../../../kernel/domain/errors.ts';
import { METRIC_EVENT_TYPES, type MetricEventType } from '../../../../contract/event-types.ts';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../contract/activities.ts';
import {
  AMOUNT_EVENTS as AMOUNTS,
  DURATION_EVENTS as DURATIONS,
  METRIC_KINDS,
  STATE_KINDS,
  WHERE_KEYS,
  type StateKind,
  type WhereKey,
} from '../../../../contract/map.ts';
import { CHANNELS, type Channel } from '../../../../contract/sources.ts';

export interface Where {
  pipelineId?: string;
  stageId?: string;
  channel?: Channel;
  medium?: string;
  activityType?: ActivityType;
  ownerId?: string;
  teamId?: string;
}

export interface Filter {
  event: MetricEventType;
  where?: Where;
}

export type MedianOf = 'duration' | 'amount';

export type Metric =
  | { count: Filter }
  | { sum: Filter }
  | { median: Filter; of: MedianOf }
  | { ratio: { of: Metric; to: Metric } }
  | { state: StateKind; where?: Where }
  | { manual: true };

/** Every Where key but those the counted things do not carry, in the contract's order. */
function keysWithout(...absent: WhereKey[]): readonly WhereKey[] {
  return WHERE_KEYS.filter((key) => !absent.includes(key));
}

/**
 * Which Where keys describe the things each state counts: deals carry a pipeline, stage and
 * source; activities a type and (through their deal) a pipeline and stage; leads only a source.
 * A key outside this list could never match, so it is rejected instead of silently giving 0.
 */
export const STATE_WHERE_KEYS: Record<StateKind, readonly WhereKey[]> = {
  open_deals: keysWithout('activityType'),
  stuck_deals: keysWithout('activityType'),
  deals_without_next_activity: keysWithout('activityType'),
  overdue_activities: keysWithout('channel', 'medium'),
  open_leads: keysWithout('pipelineId', 'stageId', 'activityType'),
};

// The events that carry an amount or a duration are the contract's (the web offers the same),
// widened here so any event type can be looked up in them.
export const AMOUNT_EVENTS: readonly MetricEventType[] = AMOUNTS;
export const DURATION_EVENTS: readonly MetricEventType[] = DURATIONS;

/** `ratio` inside `ratio` is allowed this many levels deep (the top ratio counts as 1). */
export const MAX_RATIO_DEPTH = 4;

const MEDIUM_MAX_LENGTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The Where keys whose value is an id (a UUID): pipelineId, stageId, ownerId, teamId. */
const ID_KEYS: readonly WhereKey[] = WHERE_KEYS.filter((key) => key.endsWith('Id'));

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

function listOf(list: readonly string[]): string {
  return list.join(', ');
}

/** Collects every problem instead of stopping at the first. */
class Problems {
  readonly errors: FieldError[] = [];
  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }
  unknownKeys(value: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.add(`${path}.${key}`, 'unknown key');
    }
  }
}

function parseWhere(
  value: unknown,
  path: string,
  allowedKeys: readonly WhereKey[],
  /** What the where clause filters, for the message about a key that does not apply. */
  owner: string,
  problems: Problems,
): Where | undefined {
  if (!isObject(value)) {
    problems.add(path, 'must be an object');
    return undefined;
  }
  const where: Where = {};
  for (const [key, raw] of Object.entries(value)) {
    const keyPath = `${path}.${key}`;
    if (!includes(WHERE_KEYS, key)) {
      problems.add(keyPath, 'unknown key');
      continue;
    }
    if (!allowedKeys.includes(key)) {
      problems.add(keyPath, `does not apply to ${owner}`);
      continue;
    }
    if (includes(ID_KEYS, key)) {
      if (typeof raw !== 'string' || !UUID.test(raw)) problems.add(keyPath, 'must be a UUID');
      else where[key as 'pipelineId'] = raw.toLowerCase();
    } else if (key === 'channel') {
      if (!includes(CHANNELS, raw)) problems.add(keyPath, `must be one of ${listOf(CHANNELS)}`);
      else where.channel = raw;
    } else if (key === 'activityType') {
      if (!includes(ACTIVITY_TYPES, raw)) {
        problems.add(keyPath, `must be one of ${listOf(ACTIVITY_TYPES)}`);
      } else where.activityType = raw;
    } else if (typeof raw !== 'string' || raw.trim() === '' || raw.length > MEDIUM_MAX_LENGTH) {
      problems.add(
        keyPath,
        `must be a non-empty string of at most ${MEDIUM_MAX_LENGTH} characters`,
      );
    } else where.medium = raw;
  }
  return where;
}

/** `needs` says which measure the filter's events must carry (sum/median need one). */
function parseFilter(
  value: unknown,
  path: string,
  needs: MedianOf | null,
  problems: Problems,
): Filter | undefined {
  if (!isObject(value)) {
    problems.add(path, 'must be an object with an event');
    return undefined;
  }
  problems.unknownKeys(value, ['event', 'where'], path);
  const event = value.event;
  let ok = true;
  if (!includes(METRIC_EVENT_TYPES, event)) {
    problems.add(`${path}.event`, event === undefined ? 'is required' : 'unknown event type');
    ok = false;
  } else if (needs === 'amount' && !AMOUNT_EVENTS.includes(event)) {
    problems.add(`${path}.event`, `${event} carries no amount`);
    ok = false;
  } else if (needs === 'duration' && !DURATION_EVENTS.includes(event)) {
    problems.add(`${path}.event`, `${event} carries no duration`);
    ok = false;
  }
  const where =
    value.where === undefined
      ? undefined
      : parseWhere(value.where, `${path}.where`, WHERE_KEYS, String(event), problems);
  if (!ok || (value.where !== undefined && where === undefined)) return undefined;
  return where === undefined
    ? { event: event as MetricEventType }
    : { event: event as MetricEventType, where };
}

function parseNode(
  value: unknown,
  path: string,
  ratioDepth: number,
  problems: Problems,
): Metric | undefined {
  if (!isObject(value)) {
    problems.add(path, 'must be an object');
    return undefined;
  }
  const kinds = METRIC_KINDS.filter((k) => k in value);
  if (kinds.length !== 1) {
    problems.add(
      path,
      kinds.length === 0
        ? `must have one of ${listOf(METRIC_KINDS)}`
        : `must have exactly one of ${listOf(METRIC_KINDS)}, not ${listOf(kinds)}`,
    );
    return undefined;
  }
  const kind = kinds[0];
  switch (kind) {
    case 'count':
    case 'sum': {
      problems.unknownKeys(value, [kind], path);
      const filter = parseFilter(
        value[kind],
        `${path}.${kind}`,
        kind === 'sum' ? 'amount' : null,
        problems,
      );
      if (!filter) return undefined;
      return kind === 'count' ? { count: filter } : { sum: filter };
    }
    case 'median': {
      problems.unknownKeys(value, ['median', 'of'], path);
      const of = value.of;
      if (of !== 'duration' && of !== 'amount') {
        problems.add(`${path}.of`, 'must be duration or amount');
      }
      const measure = of === 'duration' || of === 'amount' ? of : null;
      const filter = parseFilter(value.median, `${path}.median`, measure, problems);
      if (!filter || measure === null) return undefined;
      return { median: filter, of: measure };
    }
    case 'ratio': {
      problems.unknownKeys(value, ['ratio'], path);
      const ratioPath = `${path}.ratio`;
      if (ratioDepth + 1 > MAX_RATIO_DEPTH) {
        problems.add(ratioPath, `ratios nest at most ${MAX_RATIO_DEPTH} deep`);
        return undefined;
      }
      const body = value.ratio;
      if (!isObject(body)) {
        problems.add(ratioPath, 'must be an object with of and to');
        return undefined;
      }
      problems.unknownKeys(body, ['of', 'to'], ratioPath);
      const of = parseNode(body.of, `${ratioPath}.of`, ratioDepth + 1, problems);
      const to = parseNode(body.to, `${ratioPath}.to`, ratioDepth + 1, problems);
      return of && to ? { ratio: { of, to } } : undefined;
    }
    case 'state': {
      problems.unknownKeys(value, ['state', 'where'], path);
      const state = value.state;
      if (!includes(STATE_KINDS, state)) {
        problems.add(`${path}.state`, `must be one of ${listOf(STATE_KINDS)}`);
        return undefined;
      }
      if (value.where === undefined) return { state };
      const where = parseWhere(
        value.where,
        `${path}.where`,
        STATE_WHERE_KEYS[state],
        state,
        problems,
      );
      return where ? { state, where } : undefined;
    }
    case 'manual': {
      problems.unknownKeys(value, ['manual'], path);
      // A manual reading is one number typed per week; it cannot be part of a computed ratio.
      if (ratioDepth > 0) problems.add(path, 'a manual metric cannot be part of a ratio');
      else if (value.manual !== true) problems.add(`${path}.manual`, 'must be true');
      return ratioDepth === 0 && value.manual === true ? { manual: true } : undefined;
    }
  }
}

/**
 * Validates a metric from JSON. Throws `invalid_metric` listing every problem, each with its
 * path from `metric` (`metric.ratio.of.count.event`). Ids come back lower-cased.
 */
export function parseMetric(json: unknown): Metric {
  const problems = new Problems();
  const metric = parseNode(json, 'metric', 0, problems);
  if (problems.errors.length > 0 || !metric) {
    const message = problems.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new DomainError('invalid_metric', message, { errors: problems.errors });
  }
  return metric;
}
