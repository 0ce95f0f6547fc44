import { z } from 'zod';
import { deleteDealFile } from '../app/files/delete-deal-file.ts';
import { downloadDealFile } from '../app/files/download-deal-file.ts';
import { listDealFiles } from '../app/files/list-deal-files.ts';
import { uploadDealFile } from '../app/files/upload-deal-file.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { sendProblem } from '../../../kernel/http/errors/problem.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { attachmentDisposition, contentTypeOf } from '../domain/file-download.ts';
import { presentFile } from './presenters/deal-notes.ts';
import {
  DealFileSchema,
  FILE_MAX_BYTES,
  FileParams,
  FileUploadQuery,
} from './schemas/deal-notes.ts';

export function dealFilesRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/deals/:id/files',
    {
      schema: {
        operationId: 'listDealFiles',
        tags: ['conveyor'],
        summary: "The deal's files, newest first, without their content",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(DealFileSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const page = await runner.run(
        listDealFiles,
        {
          dealId: request.params.id,
          limit: request.query.limit,
          cursor: request.query.cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentFile), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/deals/:id/files',
    {
      bodyLimit: FILE_MAX_BYTES,
      schema: {
        operationId: 'uploadDealFile',
        tags: ['conveyor'],
        summary:
          'Attach a file to a deal one may see: the body is the file itself (Content-Type: application/octet-stream, at most 10 MB, else 413), its name in `name`',
        params: IdParams,
        querystring: FileUploadQuery,
        response: { 201: DealFileSchema, ...problems(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const content = request.body;
      if (!Buffer.isBuffer(content)) {
        return sendProblem(
          reply,
          415,
          'unsupported_media_type',
          'Send the file itself as the body, with Content-Type: application/octet-stream.',
        );
      }
      const { name } = request.query;
      const file = await runner.run(
        uploadDealFile,
        { dealId: request.params.id, name, contentType: contentTypeOf(name), content },
        actorOf(request),
      );
      return reply.status(201).send(presentFile(file));
    },
  );

  api.get(
    '/deals/:id/files/:fileId',
    {
      schema: {
        operationId: 'downloadDealFile',
        tags: ['conveyor'],
        summary:
          'The file itself, always as an attachment (never shown in the page): documents and images by their type, anything else as application/octet-stream',
        params: FileParams,
        response: {
          200: {
            description: 'The file',
            content: {
              'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
            },
          },
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await runner.read(
        downloadDealFile,
        { dealId: request.params.id, fileId: request.params.fileId },
        actorOf(request),
      );
      return reply
        .header('content-disposition', attachmentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .type(file.contentType)
        .send(file.content as never); // bytes as they are: never serialised
    },
  );

  api.delete(
    '/deals/:id/files/:fileId',
    {
      schema: {
        operationId: 'deleteDealFile',
        tags: ['conveyor'],
        summary:
          'Remove a file: who uploaded it; a manager or an admin any file of a deal they may edit; recorded in the audit log',
        params: FileParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await runner.run(
        deleteDealFile,
        { dealId: request.params.id, fileId: request.params.fileId },
        actorOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
