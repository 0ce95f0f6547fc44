import { z } from 'zod';
import type { Deps } from '../../../../kernel/app/context.ts';
import { decodeCursor, toPage, type Page } from '../../../../kernel/db/pagination.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { listFiles, type FileInfo } from '../../db/deal-files-repo.ts';
import { findDeal } from '../../db/deals-repo.ts';

/** A file's facts without its bytes. */
export type DealFileInfo = FileInfo;

export interface ListDealFilesInput {
  dealId: string;
  limit: number;
  cursor: string | null;
}

const fileCursor = z.object({ c: z.iso.datetime(), i: z.uuid() });

/** A deal's files, newest first, without their bytes, for whoever may read the deal. */
export async function listDealFiles(
  input: ListDealFilesInput,
  { actor, tx }: Deps,
): Promise<Page<FileInfo>> {
  if (!(await findDeal(tx, actor.workspaceId, input.dealId, false, visibleOwners(actor)))) {
    throw notFound('deal');
  }
  const key = input.cursor ? decodeCursor(input.cursor, fileCursor) : null;
  const rows = await listFiles(tx, actor.workspaceId, {
    dealId: input.dealId,
    before: key ? { createdAt: new Date(key.c), id: key.i } : null,
    limit: input.limit + 1,
  });
  return toPage(rows, input.limit, (r) => ({ c: r.createdAt.toISOString(), i: r.id }));
}
