import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { ok } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('channel costs', (t) => {
  it('sets one amount per month and source, replaces it, lists and removes it', async () => {
    const ws = await freshWorkspace(t, { currency: 'PLN' });
    t.clock.set('2026-11-05T10:00:00Z');
    const put = (body: object, headers: Record<string, string> = {}) =>
      t.request('PUT', '/api/v1/channel-costs', { token: ws.token, body, headers });
    const created = await put({
      month: '2026-11',
      channel: 'outbound',
      medium: ' cold_call ',
      amount: 3000,
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toEqual({
      id: expect.any(String),
      month: '2026-11',
      channel: 'outbound',
      medium: 'cold_call',
      campaign: null,
      amount: 3000,
      currency: 'PLN',
      updatedBy: ws.adminId,
      createdAt: '2026-11-05T10:00:00.000Z',
      updatedAt: '2026-11-05T10:00:00.000Z',
      version: 1,
    });
    const replaced = await put({
      month: '2026-11',
      channel: 'outbound',
      medium: 'cold_call',
      amount: 3250.5,
    });
    expect(replaced.status).toBe(200);
    expect([replaced.body.id, replaced.body.amount, replaced.body.version]).toEqual([
      created.body.id,
      3250.5,
      2,
    ]);
    const stale = await put(
      { month: '2026-11', channel: 'outbound', medium: 'cold_call', amount: 1 },
      { 'if-match': '"1"' },
    );
    expectProblem(stale, 412, 'version_conflict');
    const fresh = await put(
      { month: '2026-11', channel: 'outbound', medium: 'cold_call', amount: 3300 },
      { 'if-match': '"2"' },
    );
    expect([fresh.status, fresh.body.amount, fresh.body.version]).toEqual([200, 3300, 3]);
    // If-Match on a cost that does not exist yet is stale too: someone removed it.
    expectProblem(
      await put({ month: '2026-12', channel: 'outbound', amount: 5 }, { 'if-match': '"1"' }),
      412,
      'version_conflict',
    );

    await put({ month: '2026-11', channel: 'outbound', amount: 900 }); // the whole channel
    await put({
      month: '2026-10',
      channel: 'inbound',
      medium: 'web_form',
      campaign: 'bf',
      amount: 0,
    });
    await put({ month: '2026-12', channel: 'inbound', medium: '', amount: 50 }); // '' → no medium
    const all = await ok(t, 'GET', '/api/v1/channel-costs', ws.token);
    expect(
      (all.items as Record<string, unknown>[]).map((c) => [
        c.month,
        c.channel,
        c.medium,
        c.campaign,
        c.amount,
      ]),
    ).toEqual([
      ['2026-10', 'inbound', 'web_form', 'bf', 0],
      ['2026-11', 'outbound', null, null, 900],
      ['2026-11', 'outbound', 'cold_call', null, 3300],
      ['2026-12', 'inbound', null, null, 50],
    ]);
    const november = await ok(
      t,
      'GET',
      '/api/v1/channel-costs?from=2026-11&to=2026-11&channel=outbound',
      ws.token,
    );
    expect((november.items as unknown[]).length).toBe(2);

    const other = await freshWorkspace(t);
    expect((await ok(t, 'GET', '/api/v1/channel-costs', other.token)).items).toEqual([]);
    const id = created.body.id as string;
    expectProblem(
      await t.request('DELETE', `/api/v1/channel-costs/${id}`, { token: other.token }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('DELETE', `/api/v1/channel-costs/${id}`, {
        token: ws.token,
        headers: { 'if-match': '"2"' },
      }),
      412,
      'version_conflict',
    );
    const removed = await t.request('DELETE', `/api/v1/channel-costs/${id}`, { token: ws.token });
    expect(removed.status).toBe(204);
    const left = await ok(t, 'GET', '/api/v1/channel-costs?from=2026-11&to=2026-11', ws.token);
    expect((left.items as { medium: string | null }[]).map((c) => c.medium)).toEqual([null]);
  });

  it('lets managers and admins write and read, not members, and refuses bad input whole', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    const body = { month: '2026-11', channel: 'inbound', medium: 'cpc', amount: 120 };
    expectProblem(
      await t.request('PUT', '/api/v1/channel-costs', { token: member.token, body }),
      403,
      'forbidden',
    );
    const byManager = await t.request('PUT', '/api/v1/channel-costs', {
      token: manager.token,
      body,
    });
    expect(byManager.status).toBe(201);
    expectProblem(
      await t.request('DELETE', `/api/v1/channel-costs/${byManager.body.id as string}`, {
        token: member.token,
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('GET', '/api/v1/channel-costs', { token: member.token }),
      403,
      'forbidden',
    );
    const read = await ok(t, 'GET', '/api/v1/channel-costs', manager.token);
    expect((read.items as { updatedBy: string }[]).map((c) => c.updatedBy)).toEqual([manager.id]);

    const bad = await t.request('PUT', '/api/v1/channel-costs', {
      token: ws.token,
      body: { month: '2026-13', channel: 'social', amount: -1.234, extra: true },
    });
    expect(errorPaths(bad).sort()).toEqual(['', 'amount', 'amount', 'channel', 'month']); // negative, 3 decimals
    expect(
      errorPaths(
        await t.request('PUT', '/api/v1/channel-costs', {
          token: ws.token,
          body: { month: '2026-11', channel: 'inbound', amount: 10.005 },
        }),
      ),
    ).toEqual(['amount']);
    const reversed = await t.request('GET', '/api/v1/channel-costs?from=2026-12&to=2026-11', {
      token: ws.token,
    });
    expect(errorPaths(reversed)).toEqual(['from']);
    expect(
      errorPaths(await t.request('GET', '/api/v1/channel-costs?from=2026-1', { token: ws.token })),
    ).toEqual(['from']);
    // A year PostgreSQL cannot store is refused up front, never a 500.
    const yearZero = await t.request('PUT', '/api/v1/channel-costs', {
      token: ws.token,
      body: { month: '0000-01', channel: 'inbound', amount: 1 },
    });
    expect(errorPaths(yearZero)).toEqual(['month']);
    expect((await ok(t, 'GET', '/api/v1/channel-costs', ws.token)).items as unknown[]).toHaveLength(
      1,
    );
    expectProblem(await t.request('GET', '/api/v1/channel-costs'), 401, 'unauthenticated');
  });
});
