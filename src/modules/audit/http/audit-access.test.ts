// Who may read the audit log, how it is narrowed and paged, and that nothing can change it.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { addMember, freshWorkspace, signInCookie } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, TEST_ORIGIN, type TestApp } from '../../../server/test/test-app.ts';
import { auditPage, type Entry } from '../../../server/test/audit-fixtures.ts';

const DAY = 86_400_000;

/** Five tokens issued a day apart by the admin: five entries at known times. */
async function fiveTokens(t: TestApp, token: string, start: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    t.clock.set(new Date(start + i * DAY));
    const issued = await t.request('POST', '/api/v1/tokens', { token, body: { name: `T${i}` } });
    expect(issued.status).toBe(201);
    ids.push(issued.body.id as string);
  }
  t.clock.reset();
  return ids;
}

describeApi('reading the audit log', (t) => {
  it('is for admins: a manager and a member get 403 forbidden', async () => {
    const ws = await freshWorkspace(t);
    for (const role of ['manager', 'member'] as const) {
      const person = await addMember(t, ws, role);
      expectProblem(
        await t.request('GET', '/api/v1/audit', { token: person.token }),
        403,
        'forbidden',
      );
    }
    expectProblem(await t.request('GET', '/api/v1/audit'), 401, 'unauthenticated');
  });

  it("never shows another workspace's entries", async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    await t.request('POST', '/api/v1/tokens', { token: other.token, body: { name: 'Theirs' } });
    const mine = await auditPage(t, ws.token);
    expect(mine.items).toEqual([]);
    const theirs = await auditPage(t, other.token);
    expect(theirs.items.map((e) => e.subject?.label)).toEqual(['Theirs']);
    // Filtering by the other workspace's admin finds nothing either.
    expect((await auditPage(t, ws.token, { actorId: other.adminId })).items).toEqual([]);
  });

  it('pages newest first with limit and cursor; a bad cursor is a 400', async () => {
    const ws = await freshWorkspace(t);
    const ids = await fiveTokens(t, ws.token, Date.parse('2026-10-01T09:00:00Z'));
    const seen: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = { limit: '2', ...(cursor ? { cursor } : {}) };
      const page = await auditPage(t, ws.token, query);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.map((e) => e.subject?.id)).toEqual([...ids].reverse());
    const bad = await t.request('GET', '/api/v1/audit?cursor=nonsense', { token: ws.token });
    expectProblem(bad, 400, 'validation_failed');
  });

  it('narrows by period, person and action', async () => {
    const ws = await freshWorkspace(t);
    const start = Date.parse('2026-10-01T09:00:00Z');
    const ids = await fiveTokens(t, ws.token, start);
    // The member signs in and issues a token of their own (one the admin issued for them may not).
    const password = 'a long password 1';
    const member = await addMember(t, ws, 'member', { password });
    const cookie = await signInCookie(t, member.email, password);
    const mine = await t.request('POST', '/api/v1/tokens', {
      cookie,
      headers: { origin: TEST_ORIGIN },
      body: { name: 'Mine' },
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);

    // Days in the workspace's zone (Europe/Warsaw): 09:00 UTC is the same day there.
    const period = await auditPage(t, ws.token, { from: '2026-10-02', to: '2026-10-03' });
    expect(period.items.map((e) => e.subject?.id)).toEqual([ids[2], ids[1]]);
    // 22:30 UTC on the 5th is already the 6th in Warsaw.
    t.clock.set('2026-10-05T22:30:00Z');
    await t.request('POST', '/api/v1/tokens', { token: ws.token, body: { name: 'Late' } });
    t.clock.reset();
    const sixth = await auditPage(t, ws.token, { from: '2026-10-06', to: '2026-10-06' });
    expect(sixth.items.map((e) => e.subject?.label)).toEqual(['Late']);
    const fifth = await auditPage(t, ws.token, { from: '2026-10-05', to: '2026-10-05' });
    expect(fifth.items.map((e) => e.subject?.label)).toEqual(['T4']);

    const byMember = await auditPage(t, ws.token, { actorId: member.id });
    expect(byMember.items.map((e) => e.action)).toEqual(['token.issued', 'auth.signed_in']);
    expect(byMember.items[0]!.subject?.label).toBe('Mine');
    const added = await auditPage(t, ws.token, { action: 'member.added' });
    expect(added.items.map((e) => e.subject?.id)).toEqual([member.id]);

    expectProblem(
      await t.request('GET', '/api/v1/audit?action=deal.moved', { token: ws.token }),
      400,
      'validation_failed',
    );
    expectProblem(
      await t.request('GET', '/api/v1/audit?from=2026-10-03&to=2026-10-01', { token: ws.token }),
      400,
      'validation_failed',
    );
  });

  it('cannot be changed or deleted: no route does it and the database refuses it', async () => {
    const ws = await freshWorkspace(t);
    await t.request('POST', '/api/v1/tokens', { token: ws.token, body: { name: 'Kept' } });
    const [entry] = (await auditPage(t, ws.token)).items;
    for (const method of ['PATCH', 'PUT', 'DELETE']) {
      const answer = await t.request(method, `/api/v1/audit/${entry!.id}`, {
        token: ws.token,
        body: method === 'DELETE' ? undefined : { action: 'token.revoked' },
      });
      expect(answer.status).toBe(404);
    }
    expect((await t.request('DELETE', '/api/v1/audit', { token: ws.token })).status).toBe(404);
    const db = t.database.db;
    const refused = (statement: ReturnType<typeof sql>) =>
      rawRows(db, statement).then(
        () => 'allowed',
        (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
      );
    expect(
      await refused(sql`update audit_entries set action = 'token.revoked' where id = ${entry!.id}`),
    ).toMatch(/append-only/);
    expect(await refused(sql`delete from audit_entries where id = ${entry!.id}`)).toMatch(
      /append-only/,
    );
    expect(await refused(sql`truncate audit_entries`)).toMatch(/append-only/);
    expect((await auditPage(t, ws.token)).items).toEqual([entry]);
  });
});
