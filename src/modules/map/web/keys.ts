import { recordKeys } from '../../../kernel/web/data/query-keys.ts';

/** The process map: one document (its version, the groups and their lamps). */
export const mapKeys = {
  all: ['process-map'] as const,
};

const lamps = recordKeys('lamps');

/** The lamps' readings and what is behind them. */
export const lampKeys = {
  all: lamps.all,
  /** Every window of readings. */
  readings: lamps.view('readings'),
  /** The readings of the weeks from..to (null: the server's default window). */
  readingsOf: (from: string | null, to: string | null) => lamps.view('readings', from, to),
  /** Everything behind one lamp's readings, any week. */
  drilldowns: (lampId: string) => lamps.view('drilldown', lampId),
  drilldown: (lampId: string, week: string) => lamps.view('drilldown', lampId, week),
};

/** What a metric being built would read: asked as it is typed, never changed by a write. */
export const metricPreviewKeys = {
  of: (metricAndThresholds: string) => ['metric-preview', metricAndThresholds] as const,
};
