// COPY text rows of the scale data, one table at a time, from the plans of scale-plan.ts. Every
// id is a function of the row's number (prefix by kind), so streams that run apart agree on
// the ids they reference (a lead's converted deal, an event's activity).
import {
  LEADS_PER_DEAL,
  planDeal,
  planLead,
  type PlannedDeal,
  type PlannedLead,
} from './scale-plan.ts';

export interface ScaleWorld {
  seed: number;
  deals: number;
  now: number;
  workspaceId: string;
  pipelineId: string;
  stageIds: string[];
  /** Lost reasons allowed at each stage (by index). */
  lostReasons: { id: string; name: string }[][];
  closers: string[];
  hunters: string[];
}

export const leadCount = (deals: number) => Math.floor(deals * LEADS_PER_DEAL);

const hex = (n: number) => n.toString(16).padStart(12, '0');
const uuid = (kind: string, n: number) => `${kind}0000000-0000-4000-8000-${hex(n)}`;
export const dealId = (n: number) => uuid('d', n);
export const leadId = (n: number) => uuid('c', n);
const activityId = (deal: number, k: number) => uuid('a', deal * 32 + k);
const eventId = (deal: number, k: number) => uuid('e', deal * 64 + k);
const leadEventId = (lead: number, k: number) => uuid('f', lead * 8 + k);

const N = '\\N';
const DAY_MS = 86_400_000;
const pad = (width: number) =>
  Array.from({ length: 10 ** width }, (_, i) => String(i).padStart(width, '0'));
const [PAD2, PAD3] = [pad(2), pad(3)];
const dayPrefix = new Map<number, string>();
/** toISOString without a Date per call (tens of millions of them): the day's prefix is cached. */
function iso(at: number): string {
  const ms = Math.floor(at);
  const days = Math.floor(ms / DAY_MS);
  let prefix = dayPrefix.get(days);
  if (prefix === undefined) {
    prefix = new Date(days * DAY_MS).toISOString().slice(0, 11);
    dayPrefix.set(days, prefix);
  }
  const rest = ms - days * DAY_MS;
  const s = Math.floor(rest / 1000);
  return `${prefix}${PAD2[Math.floor(s / 3600)]}:${PAD2[Math.floor(s / 60) % 60]}:${PAD2[s % 60]}.${PAD3[rest % 1000]}Z`;
}
const day = (ms: number) => iso(ms).slice(0, 10);
const opt = (v: string | number | null | undefined) =>
  v === null || v === undefined ? N : String(v);
/** COPY text escapes: the only special characters our values can hold are backslashes. */
const json = (v: object) => JSON.stringify(v).replaceAll('\\', '\\\\');

function lead(w: ScaleWorld, n: number): PlannedLead | null {
  return n < leadCount(w.deals) ? planLead(w.seed, n, w.hunters.length, w.now) : null;
}

export function deal(w: ScaleWorld, n: number): PlannedDeal {
  return planDeal(w.seed, n, w.stageIds.length, w.closers.length, w.now, lead(w, n));
}

/** Reads rows of `count` plans in batches, `perBatch` plans per chunk of text. */
export function chunks(count: number, row: (n: number) => string, perBatch = 500) {
  let n = 0;
  return (): string | null => {
    if (n >= count) return null;
    let text = '';
    for (const end = Math.min(count, n + perBatch); n < end; n++) text += row(n);
    return text;
  };
}

export const DEAL_COLUMNS = [
  'workspace_id', 'id', 'title', 'pipeline_id', 'stage_id', 'status', 'value', 'currency',
  'owner_id', 'expected_close_date', 'source_channel', 'source_medium', 'source_campaign',
  'lead_id', 'stage_entered_at', 'last_activity_at', 'next_activity_at', 'closed_at',
  'lost_reason_id', 'created_at', 'updated_at', 'version',
]; // prettier-ignore

export function dealRow(w: ScaleWorld, n: number): string {
  const d = deal(w, n);
  const done = d.activities.filter((a) => a.doneAt !== null);
  const lastActivity = done.length ? Math.max(...done.map((a) => a.doneAt!)) : null;
  // What the activities trigger keeps (skipped during COPY): the earliest planned due time.
  const planned = d.activities.filter((a) => a.doneAt === null).map((a) => a.dueAt);
  const nextActivity = planned.length ? Math.min(...planned) : null;
  const reasons = w.lostReasons[d.stage]!;
  const lost = d.status === 'lost' ? reasons[d.lostPick % reasons.length]!.id : null;
  const updated = Math.max(d.closedAt ?? 0, d.stageEnteredAt, lastActivity ?? 0);
  return [
    w.workspaceId, dealId(n), `Deal ${n + 1}`, w.pipelineId, w.stageIds[d.stage], d.status,
    d.value, 'PLN', w.closers[d.owner], day(d.expectedCloseDate), d.source.channel,
    d.source.medium, opt(d.source.campaign), d.lead ? leadId(n) : N, iso(d.stageEnteredAt),
    lastActivity === null ? N : iso(lastActivity), nextActivity === null ? N : iso(nextActivity),
    d.closedAt === null ? N : iso(d.closedAt),
    opt(lost), iso(d.createdAt), iso(updated), 1 + d.moves.length + (d.closedAt ? 1 : 0),
  ].join('\t') + '\n'; // prettier-ignore
}

export const EVENT_COLUMNS = [
  'workspace_id', 'id', 'type', 'occurred_at', 'actor_id', 'lead_id', 'deal_id', 'activity_id',
  'owner_id', 'pipeline_id', 'stage_id', 'from_stage_id', 'channel', 'medium', 'campaign',
  'activity_type', 'amount', 'duration_seconds', 'payload',
]; // prettier-ignore

interface EventFields {
  type: string;
  at: number;
  stage: number | null;
  from?: number;
  activityId?: string;
  activityType?: string;
  amount?: number | null;
  seconds?: number | null;
  payload?: object;
  source?: boolean;
}

/** A deal's events: created, stage entries, the last activities, won or lost. */
export function dealEventRows(w: ScaleWorld, n: number): string {
  const d = deal(w, n);
  const owner = w.closers[d.owner]!;
  const lines: string[] = [];
  const push = (e: EventFields) => {
    const source = e.source !== false;
    lines.push(
      [
        w.workspaceId, eventId(n, lines.length), e.type, iso(e.at), owner,
        d.lead ? leadId(n) : N, dealId(n), opt(e.activityId), owner, w.pipelineId,
        e.stage === null ? N : w.stageIds[e.stage], e.from === undefined ? N : w.stageIds[e.from],
        source ? d.source.channel : N, source ? d.source.medium : N,
        source ? opt(d.source.campaign) : N, opt(e.activityType), opt(e.amount), opt(e.seconds),
        json(e.payload ?? {}),
      ].join('\t'), // prettier-ignore
    );
  };
  push({ type: 'deal.created', at: d.createdAt, stage: 0, amount: d.value });
  push({ type: 'deal.stage_entered', at: d.createdAt, stage: 0 });
  const logged: { at: number; fields: EventFields }[] = [];
  d.activities.forEach((a, k) => {
    if (!a.logged) return;
    const base = { stage: a.stage, activityId: activityId(n, k), activityType: a.type };
    const fields = { ...base, source: false };
    logged.push({
      at: a.createdAt,
      fields: { ...fields, type: 'activity.created', at: a.createdAt },
    });
    if (a.doneAt !== null) {
      logged.push({
        at: a.doneAt,
        fields: { ...fields, type: 'activity.completed', at: a.doneAt },
      });
    }
  });
  for (const m of d.moves) {
    push({
      type: 'deal.stage_entered',
      at: m.at,
      stage: m.stage,
      from: m.from,
      seconds: m.seconds,
      payload: { direction: m.back ? 'back' : 'forward' },
    });
  }
  for (const l of logged) push(l.fields);
  if (d.closedAt !== null) {
    const stageSeconds = Math.round((d.closedAt - d.stageEnteredAt) / 1000);
    const reasons = w.lostReasons[d.stage]!;
    const reason = reasons[d.lostPick % reasons.length]!;
    push({
      type: d.status === 'won' ? 'deal.won' : 'deal.lost',
      at: d.closedAt,
      stage: d.stage,
      amount: d.value,
      seconds: Math.round((d.closedAt - d.createdAt) / 1000),
      payload:
        d.status === 'won'
          ? { comment: null, stageSeconds }
          : { lostReasonId: reason.id, reason: reason.name, comment: null, stageSeconds },
    });
  }
  return lines.join('\n') + '\n';
}

export const ACTIVITY_COLUMNS = [
  'workspace_id', 'id', 'type', 'subject', 'due_at', 'done_at', 'outcome', 'deal_id', 'owner_id',
  'created_by', 'created_at', 'updated_at', 'version',
]; // prettier-ignore

export function activityRows(w: ScaleWorld, n: number): string {
  const d = deal(w, n);
  const owner = w.closers[d.owner]!;
  let text = '';
  d.activities.forEach((a, k) => {
    const done = a.doneAt === null ? N : iso(a.doneAt);
    text += [
      w.workspaceId, activityId(n, k), a.type, `${a.type} #${k + 1}`, iso(a.dueAt), done,
      a.doneAt === null ? N : 'done', dealId(n), owner, owner, iso(a.createdAt),
      iso(a.doneAt ?? a.createdAt), a.doneAt === null ? 1 : 2,
    ].join('\t') + '\n'; // prettier-ignore
  });
  return text;
}

export const LEAD_COLUMNS = [
  'workspace_id', 'id', 'name', 'company_name', 'email', 'phone', 'source_channel',
  'source_medium', 'source_campaign', 'status', 'owner_id', 'converted_deal_id',
  'disqualify_reason', 'first_contacted_at', 'closed_at', 'created_at', 'updated_at', 'version',
]; // prettier-ignore

export function leadRow(w: ScaleWorld, n: number): string {
  const l = lead(w, n)!;
  const contacted = l.steps.find((s) => s.status === 'contacted');
  const last = l.steps[l.steps.length - 1];
  const closed = l.status === 'converted' || l.status === 'disqualified' ? last!.at : null;
  return [
    w.workspaceId, leadId(n), `Prospect ${n + 1}`, `Company ${(n % 50_000) + 1}`,
    `prospect${n + 1}@scale.test`, `+48${String(500_000_000 + n)}`, l.source.channel,
    l.source.medium, opt(l.source.campaign), l.status, w.hunters[l.owner],
    l.status === 'converted' ? dealId(n) : N, l.status === 'disqualified' ? 'no_budget' : N,
    contacted ? iso(contacted.at) : N, closed === null ? N : iso(closed), iso(l.createdAt),
    iso(last?.at ?? l.createdAt), 1 + l.steps.length,
  ].join('\t') + '\n'; // prettier-ignore
}

/** lead.created, then one event per status passed (lead.contacted carries the wait). */
export function leadEventRows(w: ScaleWorld, n: number): string {
  const l = lead(w, n)!;
  const owner = w.hunters[l.owner]!;
  const rows = [
    { type: 'lead.created', at: l.createdAt },
    ...l.steps.map((s) => ({ type: `lead.${s.status}`, at: s.at })),
  ];
  return (
    rows
      .map((e, k) => {
        // As the app records them: the wait to the first contact, the lead's age at conversion.
        const timed = e.type === 'lead.contacted' || e.type === 'lead.converted';
        const seconds = timed ? Math.round((e.at - l.createdAt) / 1000) : null;
        const payload = e.type === 'lead.disqualified' ? { reason: 'no_budget' } : {};
        const converted = e.type === 'lead.converted';
        return [
        w.workspaceId, leadEventId(n, k), e.type, iso(e.at), owner, leadId(n),
        converted ? dealId(n) : N, N, owner, converted ? w.pipelineId : N, N, N, l.source.channel,
        l.source.medium, opt(l.source.campaign), N, N, opt(seconds), json(payload),
      ].join('\t'); // prettier-ignore
      })
      .join('\n') + '\n'
  );
}
