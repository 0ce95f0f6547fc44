import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { users } from '../../identity/index.ts';
import { dealFiles } from './deal-notes-schema.ts';
import { deals } from './schema.ts';

/** A file's facts without its bytes (what lists and the timeline show). */
export interface FileInfo {
  id: string;
  dealId: string;
  name: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploaderName: string;
  createdAt: Date;
}

const info = {
  id: dealFiles.id,
  dealId: dealFiles.dealId,
  name: dealFiles.name,
  contentType: dealFiles.contentType,
  size: dealFiles.size,
  uploadedBy: dealFiles.uploadedBy,
  uploaderName: users.name,
  createdAt: dealFiles.createdAt,
};

export async function insertFile(tx: Db, row: typeof dealFiles.$inferInsert): Promise<FileInfo> {
  await tx.insert(dealFiles).values(row);
  return (await findFile(tx, row.workspaceId, row.dealId, row.id))!.file;
}

/** One file of a deal the reader may see (with the deal's owner), its bytes only when asked. */
export async function findFile(
  tx: Db,
  workspaceId: string,
  dealId: string,
  fileId: string,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<{ file: FileInfo; dealOwnerId: string | null } | null> {
  const [row] = await tx
    .select({ ...info, dealOwnerId: deals.ownerId })
    .from(dealFiles)
    .innerJoin(
      deals,
      and(eq(deals.workspaceId, dealFiles.workspaceId), eq(deals.id, dealFiles.dealId)),
    )
    .innerJoin(users, eq(users.id, dealFiles.uploadedBy))
    .where(
      and(
        eq(dealFiles.workspaceId, workspaceId),
        eq(dealFiles.dealId, dealId),
        eq(dealFiles.id, fileId),
        visible(deals.ownerId),
      ),
    );
  if (!row) return null;
  const { dealOwnerId, ...file } = row;
  return { file, dealOwnerId };
}

/** A file with its bytes, in one statement, when the reader may see its deal. */
export async function readFile(
  tx: Db,
  workspaceId: string,
  dealId: string,
  fileId: string,
  visible: OwnerFilter,
): Promise<{ name: string; contentType: string; content: Buffer } | null> {
  const [row] = await tx
    .select({
      name: dealFiles.name,
      contentType: dealFiles.contentType,
      content: dealFiles.content,
    })
    .from(dealFiles)
    .innerJoin(
      deals,
      and(eq(deals.workspaceId, dealFiles.workspaceId), eq(deals.id, dealFiles.dealId)),
    )
    .where(
      and(
        eq(dealFiles.workspaceId, workspaceId),
        eq(dealFiles.dealId, dealId),
        eq(dealFiles.id, fileId),
        visible(deals.ownerId),
      ),
    );
  return row ?? null;
}

export async function deleteFile(tx: Db, workspaceId: string, fileId: string): Promise<void> {
  await tx
    .delete(dealFiles)
    .where(and(eq(dealFiles.workspaceId, workspaceId), eq(dealFiles.id, fileId)));
}

/** A deal's files, newest first (the caller has checked that the reader may see the deal). */
export async function listFiles(
  tx: Db,
  workspaceId: string,
  q: { dealId: string; before: { createdAt: Date; id: string } | null; limit: number },
): Promise<FileInfo[]> {
  const conditions: SQL[] = [
    eq(dealFiles.workspaceId, workspaceId),
    eq(dealFiles.dealId, q.dealId),
  ];
  if (q.before) {
    const { createdAt, id } = q.before;
    conditions.push(
      or(
        lt(dealFiles.createdAt, createdAt),
        and(eq(dealFiles.createdAt, createdAt), lt(dealFiles.id, id)),
      )!,
    );
  }
  return tx
    .select(info)
    .from(dealFiles)
    .innerJoin(users, eq(users.id, dealFiles.uploadedBy))
    .where(and(...conditions))
    .orderBy(desc(dealFiles.createdAt), desc(dealFiles.id))
    .limit(q.limit);
}
