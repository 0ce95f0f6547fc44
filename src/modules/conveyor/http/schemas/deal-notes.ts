import { z } from 'zod';
import { Id, Timestamp } from '../../../../kernel/http/common-schemas.ts';
import { NOTE_MAX_LENGTH } from '../../domain/note-text.ts';
import { DealHistoryItemSchema } from './deal-history.ts';

export const NoteParams = z.object({ id: Id, noteId: Id });
export const FileParams = z.object({ id: Id, fileId: Id });

export const NoteBody = z.object({
  text: z
    .string()
    .max(NOTE_MAX_LENGTH)
    .describe(
      'The note in its markup: **bold**, *italic*, lines starting with "- " as bullets, [label](https://…) links (http and https only), mentions of members as <@member id>',
    ),
});

const Member = z.object({ id: Id, name: z.string() }).meta({ id: 'NoteMember' });

export const DealNoteSchema = z
  .object({
    id: Id,
    dealId: Id,
    text: z.string().describe('As written, in the note markup'),
    author: Member,
    mentions: z.array(Member).describe('The members it mentions, under their current names'),
    createdAt: Timestamp,
    editedAt: Timestamp.nullable().describe('Null: never edited'),
    version: z.number().int(),
  })
  .meta({ id: 'DealNote' });

export const DealFileSchema = z
  .object({
    id: Id,
    dealId: Id,
    name: z.string(),
    contentType: z.string(),
    size: z.number().int().describe('Bytes'),
    uploadedBy: Member,
    createdAt: Timestamp,
  })
  .meta({ id: 'DealFile' });

/** 10 MB: a proposal or a scanned contract, not a video. */
export const FILE_MAX_BYTES = 10 * 1024 * 1024;

export const FileUploadQuery = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Required')
    .max(255)
    .refine((n) => !/[/\\\p{Cc}]/u.test(n), 'A file name, without a path or control characters')
    .describe('The file name as the user sees it'),
});

export const DealTimelineItemSchema = DealHistoryItemSchema.extend({
  note: z
    .object({
      id: Id,
      text: z.string(),
      authorId: Id,
      mentions: z.array(Member),
      editedAt: Timestamp.nullable(),
      version: z.number().int(),
    })
    .nullable()
    .describe('note.added: the note as it is now'),
  file: z
    .object({ id: Id, name: z.string(), size: z.number().int(), contentType: z.string() })
    .nullable()
    .describe('file.added: the file'),
}).meta({ id: 'DealTimelineItem' });

export const MentionSchema = DealNoteSchema.extend({
  dealTitle: z.string().describe("The title of the note's deal"),
}).meta({ id: 'Mention' });
