import type { Deps } from '../../../../kernel/app/context.ts';
import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { insertNote, noteView, type NoteView } from '../../db/deal-notes-repo.ts';
import { findDeal } from '../../db/deals-repo.ts';
import { mentionEvents, dealSubject } from './note-events.ts';
import { checkedNoteText } from './note-rules.ts';

export interface AddNoteInput {
  dealId: string;
  text: string;
}

/**
 * Adds a note to a deal anyone who sees the deal may comment on; every member it mentions gets a
 * note.mentioned event (what their My day lists).
 */
export async function addNote(input: AddNoteInput, { actor, tx, clock }: Deps): Promise<NoteView> {
  const deal = await findDeal(tx, actor.workspaceId, input.dealId, false, visibleOwners(actor));
  if (!deal) throw notFound('deal');
  const mentions = await checkedNoteText(tx, actor.workspaceId, input.text);
  const now = clock.now();
  const note = await insertNote(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    dealId: deal.id,
    authorId: actor.userId,
    body: input.text,
    mentions,
    createdAt: now,
    updatedAt: now,
  });
  await appendEvents(tx, actor.workspaceId, [
    {
      type: 'note.added',
      occurredAt: now,
      actorId: actor.userId,
      ...dealSubject(deal),
      payload: { noteId: note.id },
    },
    ...mentionEvents(deal, note.id, mentions, actor.userId, now),
  ]);
  return noteView(tx, actor.workspaceId, note.id);
}
