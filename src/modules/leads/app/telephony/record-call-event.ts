import type { Db } from '../../../../kernel/db/connection.ts';
import { insertActivity, recordDealActivity } from '../../../conveyor/index.ts';
import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { findMember } from '../../../identity/index.ts';
import { findWorkspace } from '../../../identity/index.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import { findAgent } from '../../db/call-matching-repo.ts';
import { claimCall, findCall, saveCallResult } from '../../db/telephony-repo.ts';
import { normalizePhone } from '../../../accounts/index.ts';
import { autoSubjects } from '../../domain/auto-subjects.ts';
import { activityEventFields } from '../../../conveyor/index.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { openLead } from '../open-lead.ts';
import { planFollowUp } from '../plan-follow-up.ts';
import { recordLeadTouch } from '../record-lead-touch.ts';
import { matchCaller, UNKNOWN_PARTY, type CallParty } from './call-match.ts';
import type { NewEvent } from '../../../../kernel/db/events/new-event.ts';
import type { Channel } from '../../../../contract/sources.ts';
import type { CallStatus } from '../../../../contract/leads.ts';

export interface CallEvent {
  callId: string;
  /** The call's direction is the channel of the lead it opens. */
  direction: Channel;
  from: string;
  to: string;
  status: CallStatus;
  startedAt: Date;
  durationSeconds?: number | null;
  /** The member who took or made the call: their user id or e-mail. */
  agent?: string | null;
}

export interface CallResult {
  callId: string;
  contactId: string | null;
  leadId: string | null;
  dealId: string | null;
  /** The completed call activity (answered or ended calls). */
  activityId: string | null;
  /** The planned callback (missed inbound calls). */
  callbackId: string | null;
  /** A lead was opened for an unknown caller. */
  leadCreated: boolean;
}

/**
 * A call reported by telephony, once per callId: a repeated delivery answers the first result
 * and changes nothing. Answered/ended → a completed call on the matched contact or lead (and
 * the contact's only open deal); missed inbound → a callback for the owner, and for an unknown
 * number a new inbound lead (medium "phone") routed like any other.
 */
export async function recordCallEvent(
  input: CallEvent,
  { actor, tx, clock }: Deps,
): Promise<{ result: CallResult; replayed: boolean }> {
  const claimed = await claimCall(tx, {
    workspaceId: actor.workspaceId,
    callId: input.callId,
    direction: input.direction,
    status: input.status,
    fromNumber: input.from,
    toNumber: input.to,
    startedAt: input.startedAt,
    durationSeconds: input.durationSeconds ?? null,
    result: {},
  });
  if (!claimed) {
    const first = (await findCall(tx, actor.workspaceId, input.callId))!;
    return { result: first.result as unknown as CallResult, replayed: true };
  }
  const workspace = (await findWorkspace(tx, actor.workspaceId))!;
  const raw = input.direction === 'inbound' ? input.from : input.to;
  const phone = normalizePhone(raw, workspace.settings.defaultCountry);
  const now = clock.now();
  let party = (await matchCaller(tx, actor.workspaceId, phone)) ?? UNKNOWN_PARTY;
  const result: CallResult = {
    callId: input.callId,
    ...pick(party),
    activityId: null,
    callbackId: null,
    leadCreated: false,
  };
  const missed = input.status === 'missed';
  if (missed && input.direction === 'inbound') {
    if (!party.contactId && !party.leadId) {
      const lead = await openLead(
        tx,
        actor.workspaceId,
        {
          name: phone ?? raw,
          phone,
          source: { channel: 'inbound', medium: 'phone' },
          origin: { callId: input.callId },
        },
        actor.userId,
        now,
      );
      party = { ...UNKNOWN_PARTY, leadId: lead.id, ownerId: lead.ownerId };
      Object.assign(result, pick(party), { leadCreated: true });
    }
    const callback = await planFollowUp(
      tx,
      actor.workspaceId,
      {
        type: 'call',
        subject: autoSubjects(workspace.locale).callBack({ number: phone ?? raw }),
        ...party,
        createdBy: actor.userId,
      },
      actor.userId,
      now,
    );
    result.callbackId = callback.id;
  } else if (!missed) {
    const agentId = input.agent ? await findAgent(tx, actor.workspaceId, input.agent) : null;
    party = { ...party, ownerId: agentId ?? party.ownerId ?? actor.userId };
    result.activityId = await logCall(
      tx,
      actor.workspaceId,
      input,
      party,
      phone ?? raw,
      workspace.locale,
      actor.userId,
      now,
    );
  }
  await appendEvents(tx, actor.workspaceId, [
    {
      ...(await callDimensions(tx, actor.workspaceId, party)),
      type: missed ? 'call.missed' : 'call.answered',
      occurredAt: input.startedAt,
      actorId: actor.userId,
      channel: input.direction,
      activityType: 'call',
      durationSeconds: missed ? null : (input.durationSeconds ?? null),
      payload: { callId: input.callId, direction: input.direction, status: input.status },
    },
  ]);
  await saveCallResult(tx, actor.workspaceId, input.callId, { ...result });
  return { result, replayed: false };
}

function pick(p: CallParty) {
  return { contactId: p.contactId, leadId: p.leadId, dealId: p.dealId };
}

async function callDimensions(
  tx: Db,
  workspaceId: string,
  p: CallParty,
): Promise<Partial<NewEvent>> {
  const owner = p.ownerId ? await findMember(tx, workspaceId, p.ownerId) : null;
  return { ...pick(p), ownerId: p.ownerId, teamId: owner?.membership.teamId ?? null };
}

/** The call as a completed activity, done when it ended (never later than now). */
async function logCall(
  tx: Db,
  workspaceId: string,
  input: CallEvent,
  party: CallParty,
  number: string,
  locale: string,
  actorId: string,
  now: Date,
): Promise<string> {
  const ended = input.startedAt.getTime() + (input.durationSeconds ?? 0) * 1000;
  const doneAt = new Date(Math.min(ended, now.getTime()));
  const activity = await insertActivity(tx, {
    workspaceId,
    id: newId(),
    type: 'call',
    subject:
      input.direction === 'inbound'
        ? autoSubjects(locale).callFrom({ number })
        : autoSubjects(locale).callTo({ number }),
    dueAt: null,
    doneAt,
    outcome: null,
    ...pick(party),
    companyId: null,
    ownerId: party.ownerId,
    createdBy: actorId,
    createdAt: now,
    updatedAt: now,
  });
  const fields = await activityEventFields(tx, activity);
  await appendEvents(tx, workspaceId, [
    { ...fields, type: 'activity.created', occurredAt: now, actorId, payload: { logged: true } },
    {
      ...fields,
      type: 'activity.completed',
      occurredAt: doneAt,
      actorId,
      durationSeconds: input.durationSeconds ?? null,
    },
  ]);
  if (party.dealId) await recordDealActivity(tx, workspaceId, party.dealId, doneAt);
  // A call that connected is the lead's first contact, as if the call had been logged by hand.
  if (party.leadId) {
    const touch = { leadId: party.leadId, activityType: 'call', doneAt, actorId };
    await recordLeadTouch(tx, workspaceId, touch, now);
  }
  return activity.id;
}
