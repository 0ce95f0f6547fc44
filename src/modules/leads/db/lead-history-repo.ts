import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../kernel/db/connection.ts';
import { activities } from '../../conveyor/index.ts';
import { events } from '../../../kernel/db/schema/events.ts';
import { users } from '../../identity/index.ts';
import { forms } from './schema.ts';

/** One event of a lead with the names it refers to, as they are now (null when gone). */
export interface LeadHistoryRow {
  id: string;
  type: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  ownerId: string | null;
  dealId: string | null;
  channel: string | null;
  medium: string | null;
  campaign: string | null;
  durationSeconds: number | null;
  payload: Record<string, unknown>;
  activityId: string | null;
  activityType: string | null;
  activitySubject: string | null;
  formName: string | null;
  /** lead.assigned: the owners' names as they are now (null: the queue, or the user is gone). */
  fromOwnerName: string | null;
  toOwnerName: string | null;
}

const fromOwner = alias(users, 'from_owner');
const toOwner = alias(users, 'to_owner');

export interface LeadHistoryQuery {
  leadId: string;
  /** Keyset: only events after this one in the history's order. */
  before: { occurredAt: Date; id: string } | null;
  limit: number;
}

/**
 * A lead's events (its own, its activities', its calls'; not its deal's), newest first. Events of one
 * transaction share occurredAt; their UUIDv7 ids keep the order they were appended in.
 */
export async function listLeadHistory(
  tx: Db,
  workspaceId: string,
  q: LeadHistoryQuery,
): Promise<LeadHistoryRow[]> {
  const conditions: SQL[] = [
    eq(events.workspaceId, workspaceId),
    eq(events.leadId, q.leadId),
    // The deal a lead became keeps the lead's id; its own story is the deal's history.
    sql`${events.type} not like 'deal.%'`,
  ];
  if (q.before) {
    const { occurredAt, id } = q.before;
    conditions.push(
      or(
        lt(events.occurredAt, occurredAt),
        and(eq(events.occurredAt, occurredAt), lt(events.id, id)),
      )!,
    );
  }
  return tx
    .select({
      id: events.id,
      type: events.type,
      occurredAt: events.occurredAt,
      actorId: events.actorId,
      actorName: users.name,
      ownerId: events.ownerId,
      dealId: events.dealId,
      channel: events.channel,
      medium: events.medium,
      campaign: events.campaign,
      durationSeconds: events.durationSeconds,
      payload: events.payload,
      activityId: events.activityId,
      activityType: events.activityType,
      activitySubject: activities.subject,
      formName: forms.name,
      fromOwnerName: fromOwner.name,
      toOwnerName: toOwner.name,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(
      activities,
      and(eq(activities.workspaceId, events.workspaceId), eq(activities.id, events.activityId)),
    )
    .leftJoin(
      forms,
      and(
        eq(forms.workspaceId, events.workspaceId),
        // Only lead.created of a web-form submission names its form.
        sql`${forms.id}::text = ${events.payload} ->> 'formId'`,
        eq(events.type, 'lead.created'),
      ),
    )
    .leftJoin(fromOwner, ownerJoin(fromOwner, 'fromOwnerId'))
    .leftJoin(toOwner, ownerJoin(toOwner, 'toOwnerId'))
    .where(and(...conditions))
    .orderBy(desc(events.occurredAt), desc(events.id))
    .limit(q.limit);
}

/** Only lead.assigned names its owners, by id in its payload. */
function ownerJoin(owner: { id: AnyPgColumn }, key: 'fromOwnerId' | 'toOwnerId') {
  return and(
    eq(events.type, 'lead.assigned'),
    sql`${owner.id}::text = ${events.payload} ->> ${sql.raw(`'${key}'`)}`,
  );
}
