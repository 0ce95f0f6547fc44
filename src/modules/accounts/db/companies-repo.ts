import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { cachedRead, forgetReads } from '../../../kernel/db/read-cache.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { companies } from './schema.ts';
import {
  containsPattern,
  decodeCursor,
  nameCursor,
  toPage,
  type Page,
} from '../../../kernel/db/pagination.ts';

export type CompanyRow = typeof companies.$inferSelect;
export type CompanyInsert = typeof companies.$inferInsert;
export type CompanyPatch = Partial<
  Pick<
    CompanyRow,
    'name' | 'website' | 'email' | 'phone' | 'industry' | 'city' | 'country' | 'ownerId'
  >
>;

export async function insertCompany(tx: Db, row: CompanyInsert): Promise<CompanyRow> {
  const [created] = await tx.insert(companies).values(row).returning();
  return created!;
}

export async function findCompany(
  tx: Db,
  workspaceId: string,
  id: string,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<CompanyRow | null> {
  const read = async () => {
    const [row] = await tx
      .select()
      .from(companies)
      .where(
        and(
          eq(companies.workspaceId, workspaceId),
          eq(companies.id, id),
          visible(companies.ownerId),
        ),
      );
    return row ?? null;
  };
  // Only the unfiltered read is memoised: a filter is a function, not a key.
  return visible === EVERY_OWNER ? cachedRead(tx, `company:${workspaceId}:${id}`, read) : read();
}

/** Another company of the workspace already using this e-mail or phone, if any. */
export async function findCompanyDuplicate(
  tx: Db,
  workspaceId: string,
  keys: { email: string | null; phone: string | null },
  exceptId: string | null,
): Promise<CompanyRow | null> {
  const matches: SQL[] = [];
  if (keys.email) matches.push(eq(companies.email, keys.email));
  if (keys.phone) matches.push(eq(companies.phone, keys.phone));
  if (matches.length === 0) return null;
  const conditions = [eq(companies.workspaceId, workspaceId), or(...matches)!];
  if (exceptId) conditions.push(sql`${companies.id} <> ${exceptId}`);
  const [row] = await tx
    .select()
    .from(companies)
    .where(and(...conditions))
    .limit(1);
  return row ?? null;
}

export interface CompanyQuery {
  q: string | null;
  phoneKey: string | null;
  limit: number;
  cursor: string | null;
}

export async function listCompanies(
  tx: Db,
  workspaceId: string,
  query: CompanyQuery,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<Page<CompanyRow>> {
  const conditions: SQL[] = [eq(companies.workspaceId, workspaceId)];
  const narrowed = visible(companies.ownerId);
  if (narrowed) conditions.push(narrowed);
  if (query.q) {
    const pattern = containsPattern(query.q);
    const search: SQL[] = [
      sql`lower(${companies.name}) like ${pattern}`,
      sql`${companies.email} like ${pattern}`,
      sql`lower(${companies.website}) like ${pattern}`,
    ];
    if (query.phoneKey) search.push(eq(companies.phone, query.phoneKey));
    conditions.push(or(...search)!);
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor, nameCursor);
    conditions.push(sql`(lower(${companies.name}), ${companies.id}) > (${c.n}, ${c.i}::uuid)`);
  }
  // The sort key comes from the database so the cursor compares exactly as the ORDER BY does.
  const rows = await tx
    .select({ row: companies, sortKey: sql<string>`lower(${companies.name})` })
    .from(companies)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${companies.name})`), asc(companies.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ n: r.sortKey, i: r.row.id }));
  return { items: page.items.map((r) => r.row), nextCursor: page.nextCursor };
}

export async function updateCompany(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: CompanyPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<CompanyRow | null> {
  const conditions = [eq(companies.workspaceId, workspaceId), eq(companies.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(companies.version, expectedVersion));
  const [row] = await tx
    .update(companies)
    .set({ ...patch, updatedAt: now, version: sql`${companies.version} + 1` })
    .where(and(...conditions))
    .returning();
  forgetReads('company');
  return row ?? null;
}
