import { audit } from '../../../../kernel/app/audit.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { deleteNote as deleteRow, findNote } from '../../db/deal-notes-repo.ts';
import { requireAuthorOrManager } from './note-rules.ts';

export interface DeleteNoteInput {
  dealId: string;
  noteId: string;
  expectedVersion?: number;
}

/** Removes a note (its author; a manager or an admin any), recorded in the audit log. */
export async function deleteNote(input: DeleteNoteInput, deps: Deps): Promise<void> {
  const { actor, tx } = deps;
  const found = await findNote(
    tx,
    actor.workspaceId,
    input.dealId,
    input.noteId,
    visibleOwners(actor),
  );
  if (!found) throw notFound('note');
  await requireAuthorOrManager(tx, actor, found.authorId, found.dealOwnerId, 'note');
  if (!(await deleteRow(tx, actor.workspaceId, found.id, input.expectedVersion))) {
    throw new DomainError('version_conflict', 'This note was changed by someone else.');
  }
  await audit(deps, {
    action: 'note.deleted',
    subject: { kind: 'note', id: found.id },
    details: { dealId: found.dealId, authorId: found.authorId, length: found.body.length },
  });
}
