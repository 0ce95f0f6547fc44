import { z } from 'zod';
import type { Deps } from '../../../../kernel/app/context.ts';
import { decodeCursor, toPage, type Page } from '../../../../kernel/db/pagination.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { listMentionsOf, type NoteView } from '../../db/deal-notes-repo.ts';

export interface ListMyMentionsInput {
  limit: number;
  cursor: string | null;
}

/** A note that mentions the reader, with the title of its deal. */
export type MentionView = NoteView & { dealTitle: string };

const mentionCursor = z.object({ c: z.iso.datetime(), i: z.uuid() });

/** The notes that mention the signed-in person, newest first (one statement: a read). */
export async function listMyMentions(
  input: ListMyMentionsInput,
  { actor, tx }: Deps,
): Promise<Page<MentionView>> {
  const key = input.cursor ? decodeCursor(input.cursor, mentionCursor) : null;
  const rows = await listMentionsOf(tx, actor.workspaceId, {
    userId: actor.userId,
    before: key ? { createdAt: new Date(key.c), id: key.i } : null,
    limit: input.limit + 1,
    visible: visibleOwners(actor),
  });
  return toPage(rows, input.limit, (r) => ({ c: r.createdAt.toISOString(), i: r.id }));
}
