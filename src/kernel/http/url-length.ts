// An address longer than any the app makes is refused with 414 `uri_too_long` before any work
// (ADR 027). Node itself refuses a request line and headers over 16 KiB (431); this keeps a long
// query string from reaching routing, validation and the logs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './errors/problem.ts';

export const MAX_URL_LENGTH = 8 * 1024;

export async function urlLengthHook(request: FastifyRequest, reply: FastifyReply) {
  if (request.url.length <= MAX_URL_LENGTH) return;
  return sendProblem(
    reply,
    414,
    'uri_too_long',
    `The address is longer than ${MAX_URL_LENGTH} characters.`,
  );
}
