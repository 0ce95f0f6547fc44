import type { Actor } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import type { Db } from '../../../../kernel/db/connection.ts';
import { validationError } from '../../../../kernel/domain/errors.ts';
import { requireEditable } from '../../../identity/index.ts';
import { activeMembersAmong } from '../../db/deal-notes-repo.ts';
import { mentionedIds, noteTextErrors } from '../../domain/note-text.ts';

/**
 * A note or a file is its author's: they change or remove it; otherwise only a manager or an
 * admin whose edit scope covers the deal may (docs/permissions.md).
 */
export async function requireAuthorOrManager(
  tx: Db,
  actor: Actor,
  authorId: string,
  dealOwnerId: string | null,
  /** Names the record in the refusal: "note", "file". */
  what: string,
): Promise<void> {
  if (authorId === actor.userId) return;
  requireManager(actor, `Only its author, a manager or an admin may change this ${what}.`);
  await requireEditable(tx, actor, dealOwnerId, 'this deal');
}

/** The text checked (links, mentions of members of this workspace) and the ids it mentions. */
export async function checkedNoteText(
  tx: Db,
  workspaceId: string,
  text: string,
): Promise<string[]> {
  const errors = noteTextErrors(text);
  if (errors.length > 0) throw validationError(errors);
  const mentions = mentionedIds(text);
  const members = await activeMembersAmong(tx, workspaceId, mentions);
  if (mentions.some((id) => !members.has(id))) {
    throw validationError([
      { path: 'text', message: 'A mention names no member of this workspace' },
    ]);
  }
  return mentions;
}
