// The shape of the scale data (docs/decisions/016-bench-scale-data.md): one deal or lead at a
// time, each a pure function of (seed, its number), so the COPY streams of different tables can
// each replay the same plan without sharing state, and the same seed gives the same data.
// Proportions follow the demo company (src/app/demo): ~78 % lost, ~16 % won, the rest open,
// mostly lost early; inbound web forms and ads ahead of outbound; deal values around 10k.
import { mulberry32 } from '../src/modules/demo/app/prng.ts';

export const DAY = 86_400_000;
/** The history spans two years before "now", as the demo's does. */
export const SPAN_DAYS = 730;
/** Leads per deal (the demo has no leads yet; a lead funnel needs a population of its own). */
export const LEADS_PER_DEAL = 0.5;
/** Activities with events per deal: the last ones (see the ADR on the 10 : 20 ratio). */
const ACTIVITIES_WITH_EVENTS = 2;

export const SOURCES = [
  ['inbound', 'web_form', 32],
  ['inbound', 'ads', 22],
  ['outbound', 'cold_call', 14],
  ['outbound', 'cold_email', 12],
  ['outbound', 'upsell', 8],
  ['inbound', 'referral', 7],
  ['outbound', 'linkedin', 5],
] as const;
const CAMPAIGNS = ['spring-promo', 'webinar-q2', 'trade-fair', 'newsletter', 'retargeting'];
const ACTIVITY_TYPES = [
  ['call', 60],
  ['email', 17],
  ['meeting', 11],
  ['task', 12],
] as const;
/** Chance of losing the deal at each stage (the demo loses most at the first two). */
const LOSE_AT = [0.4, 0.45, 0.3, 0.25];
/** Chance that a stay ends by going one stage back instead of forward. */
const BACK = 0.06;
const MEAN_STAY_DAYS = [18, 25, 30, 30];

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** An independent generator per (seed, kind, number). */
export function randomFor(seed: number, kind: number, n: number): Random {
  const next = mulberry32(
    (seed ^ Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(kind, 0x85ebca6b)) >>> 0,
  );
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    weighted(items) {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) if ((r -= w) < 0) return item;
      return items[items.length - 1]![0];
    },
  };
}

export interface Source {
  channel: string;
  medium: string;
  campaign: string | null;
}

function pickSource(r: Random): Source {
  const [channel, medium] = r.weighted(SOURCES.map((s) => [[s[0], s[1]] as const, s[2]]));
  const campaign = r.next() < 0.2 ? CAMPAIGNS[r.int(0, CAMPAIGNS.length - 1)]! : null;
  return { channel, medium, campaign };
}

/** More recent days are a little busier (a growing company). */
const createdAt = (r: Random, now: number) => now - (1 - r.next() ** 0.85) * SPAN_DAYS * DAY;
const exponential = (r: Random, mean: number) => -Math.log(1 - r.next()) * mean;

export interface PlannedLead {
  createdAt: number;
  source: Source;
  owner: number;
  /** The statuses passed after `new`, with when; the last may be converted or disqualified. */
  steps: { status: string; at: number }[];
  status: string;
}

const LADDER = ['contacted', 'replied', 'mql', 'sql'] as const;
const CLIMB = [0.85, 0.55, 0.7, 0.75];

export function planLead(seed: number, n: number, hunters: number, now: number): PlannedLead {
  const r = randomFor(seed, 1, n);
  const created = createdAt(r, now);
  const source = pickSource(r);
  const steps: { status: string; at: number }[] = [];
  let at = created;
  let status = 'new';
  for (let k = 0; k < LADDER.length; k++) {
    if (r.next() >= CLIMB[k]!) break;
    at += (k === 0 ? exponential(r, 0.6) : exponential(r, 4)) * DAY;
    if (at > now) break;
    status = LADDER[k]!;
    steps.push({ status, at });
  }
  // A lead that stopped climbing is closed a while later, unless it is still recent.
  const ending = at + exponential(r, 6) * DAY;
  if (ending < now) {
    status = status === 'sql' && r.next() < 0.8 ? 'converted' : 'disqualified';
    steps.push({ status, at: ending });
  }
  return { createdAt: created, source, owner: r.int(0, hunters - 1), steps, status };
}

export interface PlannedActivity {
  type: string;
  createdAt: number;
  dueAt: number;
  doneAt: number | null;
  /** Whether its activity.created / activity.completed events are in the log. */
  logged: boolean;
  /** The stage the deal was in when it happened (index). */
  stage: number;
}

export interface PlannedDeal {
  createdAt: number;
  source: Source;
  /** The lead it was converted from (same number), if any. */
  lead: boolean;
  owner: number;
  value: number;
  /** Stage entries after the first, in order: the stage entered, when, the seconds in the previous one. */
  moves: { stage: number; from: number; at: number; seconds: number; back: boolean }[];
  stage: number;
  stageEnteredAt: number;
  status: 'open' | 'won' | 'lost';
  closedAt: number | null;
  /** Index into the lost reasons allowed at the stage (resolved by the caller). */
  lostPick: number;
  activities: PlannedActivity[];
  expectedCloseDate: number;
}

export function planDeal(
  seed: number,
  n: number,
  stages: number,
  owners: number,
  now: number,
  lead: PlannedLead | null,
): PlannedDeal {
  const r = randomFor(seed, 2, n);
  const converted = lead?.status === 'converted' ? lead.steps[lead.steps.length - 1]!.at : null;
  const created = converted ?? createdAt(r, now);
  const source = converted && lead ? lead.source : pickSource(r);
  const owner = r.int(0, owners - 1);
  const value = Math.min(500_000, Math.round(Math.exp(9.25 + 0.9 * gaussian(r)) / 100) * 100);
  const moves: PlannedDeal['moves'] = [];
  let stage = 0;
  let at = created;
  let status: PlannedDeal['status'] = 'open';
  let closedAt: number | null = null;
  for (let guard = 0; guard < 12; guard++) {
    const stay = exponential(r, MEAN_STAY_DAYS[stage]!) * DAY;
    if (at + stay > now) break;
    at += stay;
    const seconds = Math.round(stay / 1000);
    if (r.next() < LOSE_AT[stage]!) {
      [status, closedAt] = ['lost', at];
      break;
    }
    const back = stage > 0 && r.next() < BACK;
    if (!back && stage === stages - 1) {
      [status, closedAt] = ['won', at];
      break;
    }
    const next = back ? stage - 1 : stage + 1;
    moves.push({ stage: next, from: stage, at, seconds, back });
    stage = next;
  }
  const stageEnteredAt = moves.length ? moves[moves.length - 1]!.at : created;
  const end = closedAt ?? now;
  const activities = planActivities(r, created, end, closedAt === null, moves, now);
  const expectedCloseDate = closedAt ?? Math.max(now, created + 45 * DAY) + r.int(0, 90) * DAY;
  return {
    createdAt: created,
    source,
    lead: converted !== null,
    owner,
    value,
    moves,
    stage,
    stageEnteredAt,
    status,
    closedAt,
    lostPick: r.int(0, 1_000_000),
    activities,
    expectedCloseDate,
  };
}

function gaussian(r: Random): number {
  return Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
}

/** ~20 activities over the deal's life; an open deal has its next step planned (some overdue). */
function planActivities(
  r: Random,
  created: number,
  end: number,
  open: boolean,
  moves: PlannedDeal['moves'],
  now: number,
): PlannedActivity[] {
  const count = r.int(13, 27);
  const out: PlannedActivity[] = [];
  const stageAt = (t: number) => {
    let s = 0;
    for (const m of moves) if (m.at <= t) s = m.stage;
    return s;
  };
  const times: number[] = [];
  for (let k = 0; k < count; k++) times.push(created + r.next() * Math.max(end - created, DAY));
  times.sort((a, b) => a - b);
  for (let k = 0; k < count; k++) {
    const type = r.weighted(ACTIVITY_TYPES);
    const last = k === count - 1;
    let due = Math.min(times[k]!, now);
    let done: number | null = due;
    // The next step of an open deal: usually ahead, sometimes overdue, now and then missing.
    if (open && last && r.next() < 0.9) {
      due = r.next() < 0.2 ? now - r.int(1, 10) * DAY : now + r.int(1, 14) * DAY;
      done = null;
    }
    const createdAt = Math.max(created, Math.min(due, now) - r.int(0, 3) * DAY);
    out.push({
      type,
      createdAt,
      dueAt: due,
      doneAt: done,
      logged: k >= count - ACTIVITIES_WITH_EVENTS,
      stage: stageAt(createdAt),
    });
  }
  return out;
}
