import { audit } from '../../../../kernel/app/audit.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { deleteFile, findFile } from '../../db/deal-files-repo.ts';
import { requireAuthorOrManager } from '../notes/note-rules.ts';

export interface DeleteDealFileInput {
  dealId: string;
  fileId: string;
}

/** Removes a file (who uploaded it; a manager or an admin any), recorded in the audit log. */
export async function deleteDealFile(input: DeleteDealFileInput, deps: Deps): Promise<void> {
  const { actor, tx } = deps;
  const found = await findFile(
    tx,
    actor.workspaceId,
    input.dealId,
    input.fileId,
    visibleOwners(actor),
  );
  if (!found) throw notFound('file');
  const { file, dealOwnerId } = found;
  await requireAuthorOrManager(tx, actor, file.uploadedBy, dealOwnerId, 'file');
  await deleteFile(tx, actor.workspaceId, file.id);
  await audit(deps, {
    action: 'file.deleted',
    subject: { kind: 'file', id: file.id, label: file.name },
    details: { dealId: file.dealId, uploadedBy: file.uploadedBy, size: file.size },
  });
}
