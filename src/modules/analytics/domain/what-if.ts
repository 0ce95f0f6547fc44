import {
  PIPELINE_DRIVERS,
  type PipelineDriver,
  type WhatIfDriver,
} from '../../../contract/analytics.ts';
import { round, winRate, type Drivers, type SourceDrivers } from './what-if-drivers.ts';

/** The pipeline drivers that are a duration in days (better when shorter): all but the value. */
const DURATION_DRIVERS = PIPELINE_DRIVERS.filter(
  (driver): driver is Exclude<PipelineDriver, 'averageWonValue'> => driver !== 'averageWonValue',
);

export interface Outcome {
  won: number;
  revenue: number;
}

export interface MonthProjection {
  /** `YYYY-MM`. */
  month: string;
  baseline: Outcome;
  projection: Outcome;
}

export interface Projection {
  months: MonthProjection[];
  total: { baseline: Outcome; projection: Outcome };
}

/** Won deals per day once a stream flows, after its delay from entry to win. */
interface Stream {
  wonPerDay: number;
  delayDays: number;
  value: number;
}

function streams(d: Drivers): Stream[] {
  const w = winRate(d.stages);
  const value = d.averageWonValue ?? 0;
  const cycle = d.cycleDays ?? 0;
  const fromLeads = d.sources.reduce((s, x) => s + x.leadsPerWeek * (x.leadToDeal ?? 0), 0);
  const direct = d.sources.reduce((s, x) => s + x.dealsPerWeekWithoutLead, 0);
  return [
    { wonPerDay: (fromLeads / 7) * w, delayDays: (d.leadToDealDays ?? 0) + cycle, value },
    { wonPerDay: (direct / 7) * w, delayDays: cycle, value },
  ];
}

const DAY = 86_400_000;

/** Day offsets from `start` (a first of the month) of the next `count` month starts, and labels. */
function monthSpans(start: string, count: number) {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const origin = Date.UTC(y, m - 1, 1);
  return Array.from({ length: count }, (_, k) => {
    const from = Date.UTC(y, m - 1 + k, 1);
    const to = Date.UTC(y, m + k, 1);
    return {
      month: new Date(from).toISOString().slice(0, 7),
      from: (from - origin) / DAY,
      to: (to - origin) / DAY,
    };
  });
}

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Won deals and revenue in a span of days. What entered before the start (at the measured
 * rates) is won until its measured delay has passed; what enters from the start follows the
 * scenario and is won once the scenario's delay has passed. So a change of inflow or conversion
 * shows after the cycle, and a shorter cycle brings the new flow sooner.
 */
function outcomeIn(base: Stream[], scenario: Stream[], from: number, to: number): Outcome {
  let won = 0;
  let revenue = 0;
  base.forEach((b, i) => {
    const s = scenario[i]!;
    const old = b.wonPerDay * overlap(from, to, 0, b.delayDays);
    const fresh = s.wonPerDay * overlap(from, to, s.delayDays, Infinity);
    won += old + fresh;
    revenue += old * b.value + fresh * s.value;
  });
  return { won, revenue };
}

const rounded = (o: Outcome): Outcome => ({ won: round(o.won, 2), revenue: round(o.revenue, 2) });

/** Month by month from `start` (the first day of a month): the baseline and the scenario. */
export function project(
  baseline: Drivers,
  scenario: Drivers,
  start: string,
  months: number,
): Projection {
  const base = streams(baseline);
  const next = streams(scenario);
  const spans = monthSpans(start, months);
  const raw = spans.map((span) => ({
    month: span.month,
    baseline: outcomeIn(base, base, span.from, span.to),
    projection: outcomeIn(base, next, span.from, span.to),
  }));
  const sum = (pick: (m: (typeof raw)[number]) => Outcome) =>
    raw.reduce((s, m) => ({ won: s.won + pick(m).won, revenue: s.revenue + pick(m).revenue }), {
      won: 0,
      revenue: 0,
    });
  return {
    months: raw.map((m) => ({
      month: m.month,
      baseline: rounded(m.baseline),
      projection: rounded(m.projection),
    })),
    total: {
      baseline: rounded(sum((m) => m.baseline)),
      projection: rounded(sum((m) => m.projection)),
    },
  };
}

export type LeverDriver = WhatIfDriver;

/** One driver made 10 % better, and what it adds over the horizon. */
export interface Lever {
  driver: LeverDriver;
  channel: string | null;
  medium: string | null;
  stageId: string | null;
  from: number;
  to: number;
  gain: Outcome;
}

const better = (n: number) => round(n * 1.1, 4);
const betterRate = (n: number) => Math.min(1, better(n));
const shorter = (n: number) => round(n * 0.9, 2);

function tweaks(d: Drivers) {
  const out: { lever: Omit<Lever, 'gain'>; drivers: Drivers }[] = [];
  const none = { channel: null, medium: null, stageId: null };
  const withSource = (i: number, patch: Partial<SourceDrivers>) => ({
    ...d,
    sources: d.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)),
  });
  d.sources.forEach((s, i) => {
    const at = { channel: s.channel, medium: s.medium, stageId: null };
    const add = (driver: LeverDriver, from: number, to: number, patch: Partial<SourceDrivers>) =>
      out.push({ lever: { driver, ...at, from, to }, drivers: withSource(i, patch) });
    if (s.leadsPerWeek > 0) {
      add('leadsPerWeek', s.leadsPerWeek, better(s.leadsPerWeek), {
        leadsPerWeek: better(s.leadsPerWeek),
      });
    }
    if (s.leadToDeal !== null && s.leadsPerWeek > 0) {
      const to = betterRate(s.leadToDeal);
      add('leadToDeal', s.leadToDeal, to, { leadToDeal: to });
    }
    if (s.dealsPerWeekWithoutLead > 0) {
      const to = better(s.dealsPerWeekWithoutLead);
      add('dealsPerWeekWithoutLead', s.dealsPerWeekWithoutLead, to, {
        dealsPerWeekWithoutLead: to,
      });
    }
  });
  d.stages.forEach((stage, i) => {
    if (stage.conversion === null) return;
    const to = betterRate(stage.conversion);
    out.push({
      lever: {
        driver: 'stageConversion',
        ...none,
        stageId: stage.stageId,
        from: stage.conversion,
        to,
      },
      drivers: {
        ...d,
        stages: d.stages.map((s, j) => (j === i ? { ...s, conversion: to } : s)),
      },
    });
  });
  if (d.averageWonValue !== null) {
    const to = round(d.averageWonValue * 1.1, 2);
    out.push({
      lever: { driver: 'averageWonValue', ...none, from: d.averageWonValue, to },
      drivers: { ...d, averageWonValue: to },
    });
  }
  for (const driver of DURATION_DRIVERS) {
    const from = d[driver];
    if (from === null || from === 0) continue;
    out.push({
      lever: { driver, ...none, from, to: shorter(from) },
      drivers: { ...d, [driver]: shorter(from) },
    });
  }
  return out;
}

/**
 * "Which button to press": each driver of the scenario made 10 % better (inflow and value
 * ×1.1, a conversion ×1.1 but at most 100 %, a cycle 10 % shorter) and the won deals and revenue
 * it adds over the horizon — largest revenue gain first (ties: the weaker driver first).
 */
export function levers(baseline: Drivers, scenario: Drivers, start: string, months: number) {
  const now = project(baseline, scenario, start, months).total.projection;
  return tweaks(scenario)
    .map(({ lever, drivers }) => {
      const then = project(baseline, drivers, start, months).total.projection;
      return {
        ...lever,
        gain: { won: round(then.won - now.won, 2), revenue: round(then.revenue - now.revenue, 2) },
      };
    })
    .sort(
      (a, b) =>
        b.gain.revenue - a.gain.revenue ||
        b.gain.won - a.gain.won ||
        (a.driver === b.driver ? a.from - b.from : 0),
    );
}
