import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { cachedRead, forgetReads } from '../../../kernel/db/read-cache.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { contacts } from './schema.ts';
import {
  containsPattern,
  decodeCursor,
  nameCursor,
  toPage,
  type Page,
} from '../../../kernel/db/pagination.ts';

export type ContactRow = typeof contacts.$inferSelect;
export type ContactInsert = typeof contacts.$inferInsert;
export type ContactPatch = Partial<
  Pick<ContactRow, 'name' | 'email' | 'phone' | 'jobTitle' | 'companyId' | 'ownerId'>
>;

export async function insertContact(tx: Db, row: ContactInsert): Promise<ContactRow> {
  const [created] = await tx.insert(contacts).values(row).returning();
  return created!;
}

export async function findContact(
  tx: Db,
  workspaceId: string,
  id: string,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<ContactRow | null> {
  const read = async () => {
    const [row] = await tx
      .select()
      .from(contacts)
      .where(
        and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id), visible(contacts.ownerId)),
      );
    return row ?? null;
  };
  // Only the unfiltered read is memoised: a filter is a function, not a key.
  return visible === EVERY_OWNER ? cachedRead(tx, `contact:${workspaceId}:${id}`, read) : read();
}

export async function findContactDuplicate(
  tx: Db,
  workspaceId: string,
  keys: { email: string | null; phone: string | null },
  exceptId: string | null,
): Promise<ContactRow | null> {
  const matches: SQL[] = [];
  if (keys.email) matches.push(eq(contacts.email, keys.email));
  if (keys.phone) matches.push(eq(contacts.phone, keys.phone));
  if (matches.length === 0) return null;
  const conditions = [eq(contacts.workspaceId, workspaceId), or(...matches)!];
  if (exceptId) conditions.push(sql`${contacts.id} <> ${exceptId}`);
  const [row] = await tx
    .select()
    .from(contacts)
    .where(and(...conditions))
    .limit(1);
  return row ?? null;
}

export interface ContactQuery {
  q: string | null;
  phoneKey: string | null;
  companyId: string | null;
  limit: number;
  cursor: string | null;
}

export async function listContacts(
  tx: Db,
  workspaceId: string,
  query: ContactQuery,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<Page<ContactRow>> {
  const conditions: SQL[] = [eq(contacts.workspaceId, workspaceId)];
  const narrowed = visible(contacts.ownerId);
  if (narrowed) conditions.push(narrowed);
  if (query.companyId) conditions.push(eq(contacts.companyId, query.companyId));
  if (query.q) {
    const pattern = containsPattern(query.q);
    const search: SQL[] = [
      sql`lower(${contacts.name}) like ${pattern}`,
      sql`${contacts.email} like ${pattern}`,
    ];
    if (query.phoneKey) search.push(eq(contacts.phone, query.phoneKey));
    conditions.push(or(...search)!);
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor, nameCursor);
    conditions.push(sql`(lower(${contacts.name}), ${contacts.id}) > (${c.n}, ${c.i}::uuid)`);
  }
  // The sort key comes from the database so the cursor compares exactly as the ORDER BY does.
  const rows = await tx
    .select({ row: contacts, sortKey: sql<string>`lower(${contacts.name})` })
    .from(contacts)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ n: r.sortKey, i: r.row.id }));
  return { items: page.items.map((r) => r.row), nextCursor: page.nextCursor };
}

export async function updateContact(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: ContactPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<ContactRow | null> {
  const conditions = [eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(contacts.version, expectedVersion));
  const [row] = await tx
    .update(contacts)
    .set({ ...patch, updatedAt: now, version: sql`${contacts.version} + 1` })
    .where(and(...conditions))
    .returning();
  forgetReads('contact');
  return row ?? null;
}
