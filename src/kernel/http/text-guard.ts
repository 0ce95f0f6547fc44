// Text the database must never be given (ADR 027): a NUL character (PostgreSQL's text cannot
// hold one: the insert failed with a 500) and a lone surrogate (not Unicode: the driver wrote it
// as U+FFFD, silently changing what was sent). Checked once, at the edge, for every route's
// body, query and path parameters, keys included, before validation: a 400 naming each field.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../domain/errors.ts';
import { sendProblem } from './errors/problem.ts';

// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const FORBIDDEN = /\u0000|\p{Cs}/u;
const MAX_REPORTED = 20;
const MAX_DEPTH = 64;

/** What is wrong with this text, or null. */
export function textDefect(text: string): string | null {
  const found = FORBIDDEN.exec(text);
  if (!found) return null;
  return found[0] === '\u0000'
    ? 'must not contain the NUL character (U+0000)'
    : 'must be Unicode text: it contains a lone surrogate';
}

/** Every string (and key) in `value` with a defect, by its path (`stages.0.name`). */
export function textDefects(
  value: unknown,
  path: string,
  found: FieldError[] = [],
  depth = 0,
): FieldError[] {
  if (found.length >= MAX_REPORTED) return found;
  if (typeof value === 'string') {
    const message = textDefect(value);
    if (message) found.push({ path, message });
    return found;
  }
  // Raw bytes (an uploaded file) are not text.
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH || Buffer.isBuffer(value)) {
    return found;
  }
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const at = path ? `${path}.${key}` : key;
    const keyMessage = textDefect(key);
    if (keyMessage) found.push({ path: at, message: `name ${keyMessage}` });
    textDefects(item, at, found, depth + 1);
  }
  return found;
}

/** A preValidation hook: the request's texts, or a 400 `validation_failed` listing the bad ones. */
export async function textGuardHook(request: FastifyRequest, reply: FastifyReply) {
  const errors = [
    ...textDefects(request.params, ''),
    ...textDefects(request.query, ''),
    ...textDefects(request.body, ''),
  ].slice(0, MAX_REPORTED);
  if (!errors.length) return;
  return sendProblem(
    reply,
    400,
    'validation_failed',
    errors.map((e) => `${e.path || 'body'}: ${e.message}`).join('; '),
    { errors },
  );
}
