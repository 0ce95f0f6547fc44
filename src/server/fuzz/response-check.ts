// What every answer must be, whatever was sent: never a 5xx, and every error an RFC 9457
// problem (application/problem+json) whose `code` is in the contract's table with the status
// that table gives it.
import { ERROR_CODES, type ErrorCode } from '../../contract/error-codes.ts';
import { STATUS_BY_CODE } from '../../kernel/http/errors/status-by-code.ts';

export interface Sent {
  status: number;
  contentType: string;
  body: string;
}

const KNOWN = new Set<string>(ERROR_CODES);

/** Why this answer breaks the rules, or null when it does not. */
export function problemDefect(answer: Sent): string | null {
  if (answer.status >= 500) return `${answer.status}: ${answer.body.slice(0, 300)}`;
  if (answer.status < 400) return null;
  if (!answer.contentType.startsWith('application/problem+json')) {
    return `${answer.status} as ${answer.contentType || 'no content type'}: ${answer.body.slice(0, 200)}`;
  }
  let problem: { code?: unknown; status?: unknown; type?: unknown; title?: unknown };
  try {
    problem = JSON.parse(answer.body) as typeof problem;
  } catch {
    return `${answer.status} problem that is not JSON: ${answer.body.slice(0, 200)}`;
  }
  if (typeof problem.code !== 'string' || !KNOWN.has(problem.code)) {
    return `${answer.status} with a code outside the table: ${String(problem.code)}`;
  }
  if (
    STATUS_BY_CODE[problem.code as ErrorCode] !== answer.status ||
    problem.status !== answer.status
  ) {
    return `${answer.status} with code ${problem.code} (the table says ${STATUS_BY_CODE[problem.code as ErrorCode]})`;
  }
  if (typeof problem.type !== 'string' || typeof problem.title !== 'string') {
    return `${answer.status} problem without type or title`;
  }
  return null;
}
