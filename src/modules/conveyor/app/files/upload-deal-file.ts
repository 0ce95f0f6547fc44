import type { Deps } from '../../../../kernel/app/context.ts';
import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { insertFile, type FileInfo } from '../../db/deal-files-repo.ts';
import { findDeal } from '../../db/deals-repo.ts';
import { dealSubject } from '../notes/note-events.ts';

export interface UploadDealFileInput {
  dealId: string;
  /** Already checked at the edge: a plain file name, no path. */
  name: string;
  contentType: string;
  content: Buffer;
}

/** Attaches a file to a deal anyone who sees the deal may add to; recorded as file.added. */
export async function uploadDealFile(
  input: UploadDealFileInput,
  { actor, tx, clock }: Deps,
): Promise<FileInfo> {
  const deal = await findDeal(tx, actor.workspaceId, input.dealId, false, visibleOwners(actor));
  if (!deal) throw notFound('deal');
  const now = clock.now();
  const file = await insertFile(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    dealId: deal.id,
    uploadedBy: actor.userId,
    name: input.name,
    contentType: input.contentType,
    size: input.content.length,
    content: input.content,
    createdAt: now,
  });
  await appendEvents(tx, actor.workspaceId, [
    {
      type: 'file.added',
      occurredAt: now,
      actorId: actor.userId,
      ...dealSubject(deal),
      payload: { fileId: file.id, name: file.name, size: file.size },
    },
  ]);
  return file;
}
