import type { Deps } from '../../../../kernel/app/context.ts';
import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import {
  findNote,
  noteView,
  updateNote as updateRow,
  type NoteView,
} from '../../db/deal-notes-repo.ts';
import { findDeal } from '../../db/deals-repo.ts';
import { mentionEvents } from './note-events.ts';
import { checkedNoteText, requireAuthorOrManager } from './note-rules.ts';

export interface UpdateNoteInput {
  dealId: string;
  noteId: string;
  text: string;
  expectedVersion?: number;
}

/** Rewrites a note (its author; a manager or an admin any); members newly mentioned are told. */
export async function updateNote(
  input: UpdateNoteInput,
  { actor, tx, clock }: Deps,
): Promise<NoteView> {
  const { workspaceId } = actor;
  const found = await findNote(tx, workspaceId, input.dealId, input.noteId, visibleOwners(actor));
  if (!found) throw notFound('note');
  await requireAuthorOrManager(tx, actor, found.authorId, found.dealOwnerId, 'note');
  const mentions = await checkedNoteText(tx, workspaceId, input.text);
  const now = clock.now();
  const updated = await updateRow(
    tx,
    workspaceId,
    found.id,
    { body: input.text, mentions },
    input.expectedVersion,
    now,
  );
  if (!updated) throw new DomainError('version_conflict', 'This note was changed by someone else.');
  const added = mentions.filter((id) => !found.mentions.includes(id));
  if (added.length > 0) {
    const deal = (await findDeal(tx, workspaceId, input.dealId))!;
    await appendEvents(tx, workspaceId, mentionEvents(deal, found.id, added, actor.userId, now));
  }
  return noteView(tx, workspaceId, found.id);
}
