import type { Deps } from '../../../../kernel/app/context.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { readFile } from '../../db/deal-files-repo.ts';

export interface DownloadDealFileInput {
  dealId: string;
  fileId: string;
}

/** A file's name, type and bytes, for whoever may read its deal (one statement). */
export async function downloadDealFile(input: DownloadDealFileInput, { actor, tx }: Deps) {
  const file = await readFile(
    tx,
    actor.workspaceId,
    input.dealId,
    input.fileId,
    visibleOwners(actor),
  );
  if (!file) throw notFound('file');
  return file;
}
