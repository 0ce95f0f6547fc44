import { describe, expect, it } from 'vitest';
import { expectedOutcome, isBreach, mismatch, type Answered } from './cells.ts';
import { coverage } from './coverage.ts';
import { EXPECTATIONS, HIDDEN_ROUTES } from './expectations.ts';
import { RouteTable } from './route-table.ts';

const answer = (status: number, code?: string): Answered => ({
  status,
  code,
  contentType: status >= 400 ? 'application/problem+json' : 'application/json',
  text: '{}',
});

describe('the matrix derives each cell from the rule', () => {
  const manager = { rule: 'manager', addresses: 'path' } as const;

  it('refuses a member 403, the anonymous 401 and a telephony token 403; lets a manager through', () => {
    expect(expectedOutcome(manager, 'member', 'own')).toEqual({
      kind: 'refused',
      status: 403,
      code: 'forbidden',
    });
    expect(expectedOutcome(manager, 'anonymous', 'other')).toMatchObject({ status: 401 });
    expect(expectedOutcome(manager, 'telephony-token', 'own')).toMatchObject({ status: 403 });
    expect(expectedOutcome(manager, 'manager', 'own')).toEqual({ kind: 'allowed' });
    expect(expectedOutcome(manager, 'manager', 'other')).toEqual({
      kind: 'hidden',
      exactly404: true,
    });
  });

  it('counts a refused cell answered 2xx, or another workspace’s record answered 2xx, as a breach', () => {
    const refused = expectedOutcome(manager, 'member', 'own');
    expect(isBreach(refused, 200)).toBe(true);
    expect(mismatch(refused, answer(200))).toBe('expected 403 forbidden');
    expect(isBreach(expectedOutcome(manager, 'admin', 'other'), 204)).toBe(true);
    expect(isBreach(expectedOutcome(manager, 'admin', 'own'), 201)).toBe(false);
    expect(mismatch(expectedOutcome(manager, 'admin', 'own'), answer(422, 'x'))).toBeNull();
    expect(mismatch(expectedOutcome(manager, 'admin', 'own'), answer(403, 'forbidden'))).toBe(
      'expected to be let through',
    );
  });

  it('lets a session through a session-only route and refuses every token', () => {
    const session = { rule: 'session-only', addresses: 'path' } as const;
    expect(expectedOutcome(session, 'member-session', 'own')).toEqual({ kind: 'allowed' });
    expect(expectedOutcome(session, 'admin', 'own')).toMatchObject({ status: 403 });
  });
});

describe('the route table', () => {
  it('reports a new route without a row, and a row whose route is gone', () => {
    const table = new RouteTable();
    table.onRoute({
      method: 'GET',
      url: '/api/v1/health',
      schema: { operationId: 'getHealth' },
      handler: () => null,
    });
    table.onRoute({ method: 'HEAD', url: '/api/v1/health', handler: () => null });
    table.onRoute({
      method: 'POST',
      url: '/api/v1/frobs',
      schema: { operationId: 'createFrob' },
      handler: () => null,
    });
    table.onRoute({ method: 'GET', url: '/api/v1/hidden', handler: () => null });
    const { missing, stale } = coverage(
      table.routes(),
      { getHealth: EXPECTATIONS.getHealth! },
      HIDDEN_ROUTES,
    );
    expect(missing).toEqual(['POST /api/v1/frobs createFrob', 'GET /api/v1/hidden']);
    expect(stale).toEqual(Object.keys(HIDDEN_ROUTES));
  });
});
