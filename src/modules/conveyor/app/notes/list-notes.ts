import { z } from 'zod';
import type { Deps } from '../../../../kernel/app/context.ts';
import { decodeCursor, toPage, type Page } from '../../../../kernel/db/pagination.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { listNotes as listRows, type NoteView } from '../../db/deal-notes-repo.ts';
import { findDeal } from '../../db/deals-repo.ts';

/** A note with its author's and mentioned members' current names. */
export type DealNoteView = NoteView;

export interface ListNotesInput {
  dealId: string;
  limit: number;
  cursor: string | null;
}

const noteCursor = z.object({ c: z.iso.datetime(), i: z.uuid() });

/** A deal's notes, newest first, for whoever may read the deal. */
export async function listNotes(
  input: ListNotesInput,
  { actor, tx }: Deps,
): Promise<Page<NoteView>> {
  if (!(await findDeal(tx, actor.workspaceId, input.dealId, false, visibleOwners(actor)))) {
    throw notFound('deal');
  }
  const key = input.cursor ? decodeCursor(input.cursor, noteCursor) : null;
  const rows = await listRows(tx, actor.workspaceId, {
    dealId: input.dealId,
    before: key ? { createdAt: new Date(key.c), id: key.i } : null,
    limit: input.limit + 1,
  });
  return toPage(rows, input.limit, (r) => ({ c: r.createdAt.toISOString(), i: r.id }));
}
