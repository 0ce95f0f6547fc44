import type { DealHistoryEntry } from '../../app/deals/list-deal-history.ts';
import type { DealFileInfo as FileInfo } from '../../app/files/list-deal-files.ts';
import type { DealNoteView as NoteView } from '../../app/notes/list-notes.ts';
import type { MentionView } from '../../app/notes/list-my-mentions.ts';
import { presentDealHistoryItem } from './deal-history.ts';

const member = (m: { id: string; name: string }) => ({ id: m.id, name: m.name });

export function presentNote(n: NoteView) {
  return {
    id: n.id,
    dealId: n.dealId,
    text: n.body,
    author: { id: n.authorId, name: n.authorName },
    mentions: n.mentionNames.map(member),
    createdAt: n.createdAt.toISOString(),
    editedAt: n.editedAt?.toISOString() ?? null,
    version: n.version,
  };
}

export function presentFile(f: FileInfo) {
  return {
    id: f.id,
    dealId: f.dealId,
    name: f.name,
    contentType: f.contentType,
    size: f.size,
    uploadedBy: { id: f.uploadedBy, name: f.uploaderName },
    createdAt: f.createdAt.toISOString(),
  };
}

/** A history item with the note or file it announces, as they are now. */
export function presentTimelineItem(e: DealHistoryEntry) {
  return {
    ...presentDealHistoryItem(e),
    note: e.note
      ? {
          id: e.note.id,
          text: e.note.body,
          authorId: e.note.authorId,
          mentions: e.note.mentionNames.map(member),
          editedAt: e.note.editedAt?.toISOString() ?? null,
          version: e.note.version,
        }
      : null,
    file: e.file
      ? { id: e.file.id, name: e.file.name, size: e.file.size, contentType: e.file.contentType }
      : null,
  };
}

export function presentMention(m: MentionView) {
  return { ...presentNote(m), dealTitle: m.dealTitle };
}
