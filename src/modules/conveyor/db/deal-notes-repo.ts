import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { memberships, users } from '../../identity/index.ts';
import { dealNotes } from './deal-notes-schema.ts';
import { deals } from './schema.ts';

export type NoteRow = typeof dealNotes.$inferSelect;

/** A note as it is shown: its author's and mentioned members' names as they are now. */
export interface NoteView extends NoteRow {
  authorName: string;
  mentionNames: { id: string; name: string }[];
}

/** The names of the members a note mentions, in one subquery (a mention of a gone member is kept). */
export function mentionNamesSql(mentions: SQL | typeof dealNotes.mentions) {
  return sql<
    { id: string; name: string }[]
  >`(select coalesce(jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name)), '[]'::jsonb)
    from ${users} u where u.id::text in (select jsonb_array_elements_text(${mentions})))`;
}

const view = {
  note: dealNotes,
  authorName: users.name,
  mentionNames: mentionNamesSql(dealNotes.mentions),
};

const toView = (r: {
  note: NoteRow;
  authorName: string;
  mentionNames: NoteView['mentionNames'];
}) => ({
  ...r.note,
  authorName: r.authorName,
  mentionNames: r.mentionNames,
});

export async function insertNote(tx: Db, row: typeof dealNotes.$inferInsert): Promise<NoteRow> {
  const [created] = await tx.insert(dealNotes).values(row).returning();
  return created!;
}

/** One note of a deal the reader may see, with the deal's owner (for the rules of a change). */
export async function findNote(
  tx: Db,
  workspaceId: string,
  dealId: string,
  noteId: string,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<(NoteView & { dealOwnerId: string | null }) | null> {
  const [row] = await tx
    .select({ ...view, dealOwnerId: deals.ownerId })
    .from(dealNotes)
    .innerJoin(
      deals,
      and(eq(deals.workspaceId, dealNotes.workspaceId), eq(deals.id, dealNotes.dealId)),
    )
    .innerJoin(users, eq(users.id, dealNotes.authorId))
    .where(
      and(
        eq(dealNotes.workspaceId, workspaceId),
        eq(dealNotes.dealId, dealId),
        eq(dealNotes.id, noteId),
        visible(deals.ownerId),
      ),
    );
  return row ? { ...toView(row), dealOwnerId: row.dealOwnerId } : null;
}

/** The view of a note just written (names of the author and the mentioned). */
export async function noteView(tx: Db, workspaceId: string, noteId: string): Promise<NoteView> {
  const [row] = await tx
    .select(view)
    .from(dealNotes)
    .innerJoin(users, eq(users.id, dealNotes.authorId))
    .where(and(eq(dealNotes.workspaceId, workspaceId), eq(dealNotes.id, noteId)));
  return toView(row!);
}

/** Null when the expected version is stale. */
export async function updateNote(
  tx: Db,
  workspaceId: string,
  noteId: string,
  patch: { body: string; mentions: string[] },
  expectedVersion: number | undefined,
  now: Date,
): Promise<NoteRow | null> {
  const conditions = [eq(dealNotes.workspaceId, workspaceId), eq(dealNotes.id, noteId)];
  if (expectedVersion !== undefined) conditions.push(eq(dealNotes.version, expectedVersion));
  const [row] = await tx
    .update(dealNotes)
    .set({ ...patch, editedAt: now, updatedAt: now, version: sql`${dealNotes.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

/** False when the expected version is stale. */
export async function deleteNote(
  tx: Db,
  workspaceId: string,
  noteId: string,
  expectedVersion: number | undefined,
): Promise<boolean> {
  const conditions = [eq(dealNotes.workspaceId, workspaceId), eq(dealNotes.id, noteId)];
  if (expectedVersion !== undefined) conditions.push(eq(dealNotes.version, expectedVersion));
  const gone = await tx
    .delete(dealNotes)
    .where(and(...conditions))
    .returning({ id: dealNotes.id });
  return gone.length > 0;
}

/** Which of these ids are active members of the workspace. */
export async function activeMembersAmong(
  tx: Db,
  workspaceId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        inArray(memberships.userId, ids),
        eq(memberships.active, true),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Notes after a page's last one, newest first (the cursor is its time and id). */
function olderThan({ createdAt, id }: { createdAt: Date; id: string }): SQL {
  return or(
    lt(dealNotes.createdAt, createdAt),
    and(eq(dealNotes.createdAt, createdAt), lt(dealNotes.id, id)),
  )!;
}
/** A deal's notes, newest first (the caller has checked that the reader may see the deal). */
export async function listNotes(
  tx: Db,
  workspaceId: string,
  q: { dealId: string; before: { createdAt: Date; id: string } | null; limit: number },
): Promise<NoteView[]> {
  const conditions: SQL[] = [
    eq(dealNotes.workspaceId, workspaceId),
    eq(dealNotes.dealId, q.dealId),
  ];
  if (q.before) conditions.push(olderThan(q.before));
  const rows = await tx
    .select(view)
    .from(dealNotes)
    .innerJoin(users, eq(users.id, dealNotes.authorId))
    .where(and(...conditions))
    .orderBy(desc(dealNotes.createdAt), desc(dealNotes.id))
    .limit(q.limit);
  return rows.map(toView);
}

/** Notes that mention this member on deals the reader may see, newest first, with the deal's title. */
export async function listMentionsOf(
  tx: Db,
  workspaceId: string,
  q: {
    userId: string;
    before: { createdAt: Date; id: string } | null;
    limit: number;
    visible: OwnerFilter;
  },
): Promise<(NoteView & { dealTitle: string })[]> {
  const conditions: SQL[] = [
    eq(dealNotes.workspaceId, workspaceId),
    sql`${dealNotes.mentions} @> ${JSON.stringify([q.userId])}::jsonb`,
  ];
  const visible = q.visible(deals.ownerId);
  if (visible) conditions.push(visible);
  if (q.before) conditions.push(olderThan(q.before));
  const rows = await tx
    .select({ ...view, dealTitle: deals.title })
    .from(dealNotes)
    .innerJoin(
      deals,
      and(eq(deals.workspaceId, dealNotes.workspaceId), eq(deals.id, dealNotes.dealId)),
    )
    .innerJoin(users, eq(users.id, dealNotes.authorId))
    .where(and(...conditions))
    .orderBy(desc(dealNotes.createdAt), desc(dealNotes.id))
    .limit(q.limit);
  return rows.map((r) => ({ ...toView(r), dealTitle: r.dealTitle }));
}
