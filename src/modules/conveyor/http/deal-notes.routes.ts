import { z } from 'zod';
import { addNote } from '../app/notes/add-note.ts';
import { deleteNote } from '../app/notes/delete-note.ts';
import { listNotes } from '../app/notes/list-notes.ts';
import { listMyMentions } from '../app/notes/list-my-mentions.ts';
import { updateNote } from '../app/notes/update-note.ts';
import { listDealHistory } from '../app/deals/list-deal-history.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentMention, presentNote, presentTimelineItem } from './presenters/deal-notes.ts';
import {
  MentionSchema,
  DealNoteSchema,
  DealTimelineItemSchema,
  NoteBody,
  NoteParams,
} from './schemas/deal-notes.ts';

export function dealNotesRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/deals/:id/notes',
    {
      schema: {
        operationId: 'listDealNotes',
        tags: ['conveyor'],
        summary: "The deal's notes, newest first",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(DealNoteSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const page = await runner.run(
        listNotes,
        {
          dealId: request.params.id,
          limit: request.query.limit,
          cursor: request.query.cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentNote), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/deals/:id/notes',
    {
      schema: {
        operationId: 'createDealNote',
        tags: ['conveyor'],
        summary:
          'Add a note to a deal one may see; each member it mentions gets a note.mentioned event',
        params: IdParams,
        body: NoteBody,
        response: { 201: DealNoteSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const note = await runner.run(
        addNote,
        { dealId: request.params.id, text: request.body.text },
        actorOf(request),
      );
      return reply.status(201).header('etag', `"${note.version}"`).send(presentNote(note));
    },
  );

  api.patch(
    '/deals/:id/notes/:noteId',
    {
      schema: {
        operationId: 'updateDealNote',
        tags: ['conveyor'],
        summary:
          'Rewrite a note: its author; a manager or an admin any note of a deal they may edit (If-Match: its version, else 412)',
        params: NoteParams,
        body: NoteBody,
        response: { 200: DealNoteSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const note = await runner.run(
        updateNote,
        {
          dealId: request.params.id,
          noteId: request.params.noteId,
          text: request.body.text,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentNote(note));
    },
  );

  api.delete(
    '/deals/:id/notes/:noteId',
    {
      schema: {
        operationId: 'deleteDealNote',
        tags: ['conveyor'],
        summary: 'Remove a note (the same people as an edit); recorded in the audit log',
        params: NoteParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      await runner.run(
        deleteNote,
        {
          dealId: request.params.id,
          noteId: request.params.noteId,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/deals/:id/timeline',
    {
      schema: {
        operationId: 'listDealTimeline',
        tags: ['conveyor'],
        summary:
          "The deal card's timeline, newest first: its history (moves, activities, edits) with its notes and files as they are now, in one order and one cursor",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(DealTimelineItemSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const page = await runner.run(
        listDealHistory,
        {
          dealId: request.params.id,
          limit: request.query.limit,
          cursor: request.query.cursor ?? null,
          timeline: true,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentTimelineItem), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/mentions',
    {
      schema: {
        operationId: 'listMyMentions',
        tags: ['conveyor'],
        summary:
          "Notes that mention the signed-in person, newest first, on deals they may see (My day's mentions)",
        querystring: PageQuery,
        response: { 200: pageOf(MentionSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const page = await runner.read(
        listMyMentions,
        { limit: request.query.limit, cursor: request.query.cursor ?? null },
        actorOf(request),
      );
      return { items: page.items.map(presentMention), nextCursor: page.nextCursor };
    },
  );
}
