import {
  METRIC_KINDS,
  STATE_KINDS,
  WHERE_KEYS,
  type MetricKind,
  type StateKind,
  type WhereKey,
} from '../../../../contract/map.ts';
// The metric builder edits a flat draft; this turns it into the metric language of API.md and
// back. Validation stays on the server (POST /metrics/preview answers 422 with paths), so an
// unfinished draft is sent as it is and its problems are shown beside the builder.

// The metric language's lists are the contract's, the same the server validates against.
export { METRIC_KINDS, STATE_KINDS, WHERE_KEYS, type MetricKind, type StateKind, type WhereKey };
export type WhereDraft = Partial<Record<WhereKey, string>>;

export type MedianOf = 'duration' | 'amount';

export interface MetricDraft {
  kind: MetricKind;
  event: string;
  where: WhereDraft;
  medianOf: MedianOf;
  state: StateKind;
  /** The two sides of a ratio (only read when kind is `ratio`). */
  of?: MetricDraft;
  to?: MetricDraft;
}

export function newDraft(event = 'deal.won'): MetricDraft {
  return { kind: 'count', event, where: {}, medianOf: 'duration', state: 'open_deals' };
}

/** A ratio starts as "won of closed": the win rate (won ÷ (won + lost)), the most asked-for. */
export function withKind(draft: MetricDraft, kind: MetricKind): MetricDraft {
  if (kind !== 'ratio') return { ...draft, kind };
  return {
    ...draft,
    kind,
    of: draft.of ?? newDraft('deal.won'),
    to: draft.to ?? newDraft('deal.closed'),
  };
}

function whereJson(where: WhereDraft): Record<string, string> | undefined {
  const entries = Object.entries(where).filter(([, v]) => typeof v === 'string' && v.trim());
  return entries.length > 0
    ? Object.fromEntries(entries.map(([k, v]) => [k, (v as string).trim()]))
    : undefined;
}

/** The metric JSON of a draft (empty `where` left out). */
export function toMetric(draft: MetricDraft): unknown {
  const where = whereJson(draft.where);
  const filter = where ? { event: draft.event, where } : { event: draft.event };
  switch (draft.kind) {
    case 'count':
      return { count: filter };
    case 'sum':
      return { sum: filter };
    case 'median':
      return { median: filter, of: draft.medianOf };
    case 'ratio':
      return {
        ratio: { of: toMetric(draft.of ?? newDraft()), to: toMetric(draft.to ?? newDraft()) },
      };
    case 'state':
      return where ? { state: draft.state, where } : { state: draft.state };
    case 'manual':
      return { manual: true };
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

function whereDraft(value: unknown): WhereDraft {
  if (!isObject(value)) return {};
  const draft: WhereDraft = {};
  for (const key of WHERE_KEYS) {
    const v = value[key];
    if (typeof v === 'string') draft[key] = v;
  }
  return draft;
}

function filterDraft(base: MetricDraft, value: unknown): MetricDraft {
  if (!isObject(value)) return base;
  return {
    ...base,
    event: typeof value.event === 'string' ? value.event : base.event,
    where: whereDraft(value.where),
  };
}

/** The draft of a stored lamp's metric, to edit it (anything unreadable starts afresh). */
export function fromMetric(metric: unknown): MetricDraft {
  const base = newDraft();
  if (!isObject(metric)) return base;
  if ('count' in metric) return filterDraft({ ...base, kind: 'count' }, metric.count);
  if ('sum' in metric) return filterDraft({ ...base, kind: 'sum' }, metric.sum);
  if ('median' in metric) {
    const medianOf = metric.of === 'amount' ? 'amount' : 'duration';
    return filterDraft({ ...base, kind: 'median', medianOf }, metric.median);
  }
  if ('ratio' in metric && isObject(metric.ratio)) {
    return {
      ...base,
      kind: 'ratio',
      of: fromMetric(metric.ratio.of),
      to: fromMetric(metric.ratio.to),
    };
  }
  if ('state' in metric) {
    const state = (STATE_KINDS as readonly unknown[]).includes(metric.state)
      ? (metric.state as StateKind)
      : base.state;
    return { ...base, kind: 'state', state, where: whereDraft(metric.where) };
  }
  if ('manual' in metric) return { ...base, kind: 'manual' };
  return base;
}
