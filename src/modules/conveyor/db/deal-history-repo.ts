import { and, asc, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../kernel/db/connection.ts';
import { activities, lostReasons, stages } from './schema.ts';
import { events } from '../../../kernel/db/schema/events.ts';
import { users } from '../../identity/index.ts';
import { dealFiles, dealNotes } from './deal-notes-schema.ts';
import { mentionNamesSql } from './deal-notes-repo.ts';

/** One event of a deal with the names it refers to, as they are now (null when gone). */
export interface DealHistoryRow {
  id: string;
  type: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  stageId: string | null;
  stageName: string | null;
  fromStageId: string | null;
  fromStageName: string | null;
  amount: number | null;
  durationSeconds: number | null;
  payload: Record<string, unknown>;
  activityId: string | null;
  activityType: string | null;
  activitySubject: string | null;
  lostReasonName: string | null;
  /** note.added: the note as it is now (null when deleted). */
  note: {
    id: string;
    body: string;
    version: number;
    editedAt: Date | null;
    authorId: string;
    mentionNames: { id: string; name: string }[];
  } | null;
  /** file.added: the file (null when deleted). */
  file: { id: string; name: string; size: number; contentType: string } | null;
}

export interface DealHistoryQuery {
  dealId: string;
  /** Keyset: only events after this one in the history's order. */
  before: { occurredAt: Date; override: boolean; id: string } | null;
  limit: number;
  /**
   * The deal card's timeline: notes and files as they are now, without the ones removed since
   * and without note.mentioned (the note itself shows who it mentions).
   */
  timeline?: boolean;
}

/**
 * A deal's events, newest first. Events of one transaction share occurredAt; their UUIDv7 ids
 * keep the order they were appended in. A gate override is appended after the move or win it
 * allowed but is its cause, so it sorts just below it: (occurredAt desc, override, id desc).
 */
export async function listDealHistory(
  tx: Db,
  workspaceId: string,
  q: DealHistoryQuery,
): Promise<DealHistoryRow[]> {
  const stage = alias(stages, 'stage');
  const fromStage = alias(stages, 'from_stage');
  const isOverride = sql<boolean>`(${events.type} = 'deal.gate_overridden')`;
  const conditions: SQL[] = [eq(events.workspaceId, workspaceId), eq(events.dealId, q.dealId)];
  if (q.before) {
    const { occurredAt, override, id } = q.before;
    conditions.push(
      or(
        lt(events.occurredAt, occurredAt),
        and(
          eq(events.occurredAt, occurredAt),
          or(
            sql`${isOverride} > ${override}::boolean`,
            and(sql`${isOverride} = ${override}::boolean`, lt(events.id, id)),
          ),
        ),
      )!,
    );
  }
  if (q.timeline) {
    conditions.push(
      sql`${events.type} <> 'note.mentioned'`,
      sql`(${events.type} <> 'note.added' or ${dealNotes.id} is not null)`,
      sql`(${events.type} <> 'file.added' or ${dealFiles.id} is not null)`,
    );
  }
  const rows = await tx
    .select({
      id: events.id,
      type: events.type,
      occurredAt: events.occurredAt,
      actorId: events.actorId,
      actorName: users.name,
      stageId: events.stageId,
      stageName: stage.name,
      fromStageId: events.fromStageId,
      fromStageName: fromStage.name,
      amount: events.amount,
      durationSeconds: events.durationSeconds,
      payload: events.payload,
      activityId: events.activityId,
      activityType: events.activityType,
      activitySubject: activities.subject,
      lostReasonName: lostReasons.name,
      noteId: dealNotes.id,
      noteBody: dealNotes.body,
      noteVersion: dealNotes.version,
      noteEditedAt: dealNotes.editedAt,
      noteAuthorId: dealNotes.authorId,
      noteMentionNames: mentionNamesSql(dealNotes.mentions),
      fileId: dealFiles.id,
      fileName: dealFiles.name,
      fileSize: dealFiles.size,
      fileContentType: dealFiles.contentType,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(stage, and(eq(stage.workspaceId, events.workspaceId), eq(stage.id, events.stageId)))
    .leftJoin(
      fromStage,
      and(eq(fromStage.workspaceId, events.workspaceId), eq(fromStage.id, events.fromStageId)),
    )
    .leftJoin(
      activities,
      and(eq(activities.workspaceId, events.workspaceId), eq(activities.id, events.activityId)),
    )
    .leftJoin(
      lostReasons,
      and(
        eq(lostReasons.workspaceId, events.workspaceId),
        // Only deal.lost carries a lost reason id in its payload.
        sql`${lostReasons.id}::text = ${events.payload} ->> 'lostReasonId'`,
        eq(events.type, 'deal.lost'),
      ),
    )
    .leftJoin(
      dealNotes,
      and(
        eq(dealNotes.workspaceId, events.workspaceId),
        sql`${dealNotes.id}::text = ${events.payload} ->> 'noteId'`,
        eq(events.type, 'note.added'),
      ),
    )
    .leftJoin(
      dealFiles,
      and(
        eq(dealFiles.workspaceId, events.workspaceId),
        sql`${dealFiles.id}::text = ${events.payload} ->> 'fileId'`,
        eq(events.type, 'file.added'),
      ),
    )
    .where(and(...conditions))
    .orderBy(desc(events.occurredAt), asc(isOverride), desc(events.id))
    .limit(q.limit);
  return rows.map(
    ({ noteId, noteBody, noteVersion, noteEditedAt, noteAuthorId, noteMentionNames, ...r }) => {
      const { fileId, fileName, fileSize, fileContentType, ...rest } = r;
      return {
        ...rest,
        note:
          noteId !== null
            ? {
                id: noteId,
                body: noteBody!,
                version: noteVersion!,
                editedAt: noteEditedAt,
                authorId: noteAuthorId!,
                mentionNames: noteMentionNames,
              }
            : null,
        file:
          fileId !== null
            ? { id: fileId, name: fileName!, size: fileSize!, contentType: fileContentType! }
            : null,
      };
    },
  );
}
