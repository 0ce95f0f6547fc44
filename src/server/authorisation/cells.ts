// Each cell's expected answer, derived from the expectations' rule (never written per cell).
import type { DomainErrorCode } from '../../contract/error-codes.ts';
import type { Expectation, Rule } from './expectations.ts';

/** Who calls: the three roles with an `api` token, a member's browser session, an integration. */
export const ACTORS = [
  'admin',
  'manager',
  'member',
  'member-session',
  'telephony-token',
  'anonymous',
] as const;
export type ActorName = (typeof ACTORS)[number];

export const ACTOR_DESCRIPTIONS: Record<ActorName, string> = {
  admin: 'an admin’s API token (scope `api`)',
  manager: 'a manager’s API token (scope `api`)',
  member: 'a member’s API token (scope `api`)',
  'member-session': 'a member signed in with a browser session (cookie)',
  'telephony-token': 'a token with only the `integrations:telephony` scope (of a member)',
  anonymous: 'no session, no token',
};

export type WorkspaceSide = 'own' | 'other';

/** What a cell must answer. */
export type Outcome =
  | { kind: 'allowed' }
  | {
      kind: 'refused';
      status: 401 | 403 | 404;
      code: DomainErrorCode;
    }
  /** The other workspace's record: 404 not_found (path, query) or any 4xx (body). */
  | { kind: 'hidden'; exactly404: boolean };

const ALLOWED: Outcome = { kind: 'allowed' };
const UNAUTHENTICATED: Outcome = { kind: 'refused', status: 401, code: 'unauthenticated' };
const FORBIDDEN: Outcome = { kind: 'refused', status: 403, code: 'forbidden' };
const NOT_FOUND: Outcome = { kind: 'refused', status: 404, code: 'not_found' };

/** The answer the authentication hook gives before any use case runs, if it refuses. */
function refusedAtTheDoor(rule: Rule, actor: ActorName): Outcome | null {
  if (rule === 'public') return null;
  if (actor === 'anonymous') return UNAUTHENTICATED;
  const telephonyRule = rule === 'scope:integrations:telephony';
  // The telephony token lacks `api`; every `api` token and session lacks the telephony scope.
  if ((actor === 'telephony-token') !== telephonyRule) return FORBIDDEN;
  return null;
}

function roleAllows(rule: Rule, actor: ActorName): boolean {
  switch (rule) {
    case 'public':
    case 'signed-in':
    case 'member':
    case 'scope:integrations:telephony':
      return true;
    case 'owner-or-manager':
    case 'manager':
      return actor === 'admin' || actor === 'manager';
    case 'admin':
      return actor === 'admin';
    case 'session-only':
      return actor === 'member-session';
    case 'the-person':
      // The admin's token is the one set-up issued to them; the others' tokens the admin issued.
      return actor === 'admin' || actor === 'member-session';
  }
}

/** Whether the actor may call the operation at all (the own-workspace cell's verdict). */
export function isAllowed(expectation: Expectation, actor: ActorName): boolean {
  return !refusedAtTheDoor(expectation.rule, actor) && roleAllows(expectation.rule, actor);
}

/** Whether the row has an other-workspace cell. */
export function hasOtherCell(expectation: Expectation): boolean {
  return expectation.addresses !== 'none';
}

/**
 * The expected answer of one cell. In the other workspace a caller the door refuses is refused the
 * same way; a role the operation refuses may be told 403 or 404 (both reveal nothing), and an
 * allowed one gets the "not found" of a record that is not theirs.
 */
export function expectedOutcome(
  expectation: Expectation,
  actor: ActorName,
  side: WorkspaceSide,
): Outcome | 'forbidden-or-hidden' {
  const door = refusedAtTheDoor(expectation.rule, actor);
  if (door) return door;
  const allowed = roleAllows(expectation.rule, actor);
  if (side === 'own') {
    if (allowed) return ALLOWED;
    return expectation.refusedAs === 'not_found' ? NOT_FOUND : FORBIDDEN;
  }
  if (!allowed) return 'forbidden-or-hidden';
  return { kind: 'hidden', exactly404: expectation.addresses !== 'body' };
}

export interface Answered {
  status: number;
  contentType: string;
  code: string | undefined;
  text: string;
}

/** Why the answer does not fit the expected outcome, or null when it does. */
export function mismatch(expected: ReturnType<typeof expectedOutcome>, answer: Answered) {
  const problem = answer.contentType.includes('application/problem+json');
  const is = (status: number, code: string) =>
    answer.status === status && problem && answer.code === code;
  if (expected === 'forbidden-or-hidden') {
    return is(403, 'forbidden') || is(404, 'not_found') ? null : 'expected 403 or 404';
  }
  switch (expected.kind) {
    case 'allowed':
      return answer.status === 401 || answer.status === 403 || answer.status >= 500
        ? 'expected to be let through'
        : null;
    case 'refused':
      return is(expected.status, expected.code)
        ? null
        : `expected ${expected.status} ${expected.code}`;
    case 'hidden':
      if (expected.exactly404) return is(404, 'not_found') ? null : 'expected 404 not_found';
      return answer.status >= 400 && answer.status < 500 && problem ? null : 'expected a 4xx';
  }
}

/** A breach: a refused cell or another workspace's record answered 2xx. */
export function isBreach(expected: ReturnType<typeof expectedOutcome>, status: number): boolean {
  const success = status >= 200 && status < 300;
  return success && (expected === 'forbidden-or-hidden' || expected.kind !== 'allowed');
}
