import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { addHunter, createLead, setStatus } from '../../../server/test/lead-fixtures.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { aDisqualificationReason } from '../../../server/test/disqualification.ts';

async function names(t: TestApp, token: string, query: string): Promise<string[]> {
  const answer = await t.request('GET', `/api/v1/leads${query}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.items as { name: string }[]).map((l) => l.name);
}

describeApi('leads: inbox filters and paging', (t) => {
  it('filters by status, owner, channel, unassigned and age; newest first', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws, 2);
    t.clock.set('2026-11-20T10:00:00Z');
    const a = await createLead(t, ws.token, { name: 'A' });
    t.clock.set('2026-11-21T10:00:00Z');
    await createLead(t, ws.token, { name: 'B', source: { channel: 'outbound' } });
    t.clock.set('2026-11-22T10:00:00Z');
    await createLead(t, ws.token, { name: 'C' });
    t.clock.set('2026-11-23T10:00:00Z');
    await setStatus(t, ws.token, a.id, 'replied');
    const e = await createLead(t, ws.token, { name: 'D' });
    await t.request('POST', `/api/v1/leads/${e.id}/disqualify`, {
      token: ws.token,
      body: { reasonId: await aDisqualificationReason(t, ws.token) },
    });

    expect(await names(t, ws.token, '')).toEqual(['D', 'C', 'B', 'A']);
    expect(await names(t, ws.token, '?status=replied')).toEqual(['A']);
    expect(await names(t, ws.token, '?status=open')).toEqual(['C', 'B', 'A']);
    expect(await names(t, ws.token, `?ownerId=${h.id}`)).toEqual(['B', 'A']);
    expect(await names(t, ws.token, '?unassigned=true')).toEqual(['D', 'C']);
    expect(await names(t, ws.token, '?unassigned=true&status=open')).toEqual(['C']);
    expect(await names(t, ws.token, '?channel=outbound')).toEqual(['B']);
    expect(await names(t, ws.token, '?createdBefore=2026-11-22T00:00:00Z')).toEqual(['B', 'A']);
    expect(
      await names(
        t,
        ws.token,
        '?createdAfter=2026-11-21T10:00:00Z&createdBefore=2026-11-23T00:00:00Z',
      ),
    ).toEqual(['C', 'B']);
    expectProblem(
      await t.request('GET', '/api/v1/leads?status=won', { token: ws.token }),
      400,
      'validation_failed',
    );
    expectProblem(
      await t.request('GET', '/api/v1/leads?cursor=zzz', { token: ws.token }),
      400,
      'validation_failed',
    );
  });

  it('pages with a cursor through leads created in the same millisecond', async () => {
    const ws = await freshWorkspace(t);
    t.clock.set('2026-11-23T10:00:00Z');
    for (let i = 0; i < 7; i++) await createLead(t, ws.token, { name: `L${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await t.request('GET', `/api/v1/leads${query}`, { token: ws.token });
      seen.push(...(page.body.items as { name: string }[]).map((l) => l.name));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(['L6', 'L5', 'L4', 'L3', 'L2', 'L1', 'L0']);
  });
});
