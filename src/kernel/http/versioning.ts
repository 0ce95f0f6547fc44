import type { FastifyReply, FastifyRequest } from 'fastify';
import { validationError } from '../domain/errors.ts';

/** The version a write expects, from If-Match (`"3"`, `W/"3"` or `3`); undefined when absent or `*`. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw validationError([{ path: 'If-Match', message: 'Expected an ETag like "3"' }]);
  return Number(match[1]);
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, body: T): T {
  reply.header('etag', `"${body.version}"`);
  return body;
}
