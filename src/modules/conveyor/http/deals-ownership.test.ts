// Record ownership (issue 16): only a manager or an admin hands a deal, a lead or a company to
// someone else, or reopens a closed deal; a member keeps editing their own and may claim a
// record nobody owns.
import { expect, it } from 'vitest';
import { dealIn } from '../../../server/test/activity-fixtures.ts';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('who may change hands and reopen', (t) => {
  it("refuses a member taking a colleague's deal; a manager hands it over", async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    const deal = await dealIn(t, ws, { ownerId: manager.id });
    const url = `/api/v1/deals/${deal.id}`;

    const taken = await t.request('PATCH', url, {
      token: member.token,
      body: { ownerId: member.id },
    });
    expectProblem(taken, 403, 'forbidden');
    expect((await t.request('GET', url, { token: ws.token })).body.ownerId).toBe(manager.id);

    const handed = await t.request('PATCH', url, {
      token: manager.token,
      body: { ownerId: member.id },
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    expect(handed.body.ownerId).toBe(member.id);
    // Their own deal now: the member edits it, owner unchanged in the same request is fine.
    const edited = await t.request('PATCH', url, {
      token: member.token,
      body: { value: 1200, ownerId: member.id },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.value).toBe(1200);
  });

  it('refuses a member reopening a won or lost deal; a manager reopens it', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    for (const status of ['won', 'lost']) {
      const deal = await dealIn(t, ws, { ownerId: member.id, status });
      const url = `/api/v1/deals/${deal.id}`;
      expectProblem(
        await t.request('POST', `${url}/reopen`, { token: member.token, body: {} }),
        403,
        'forbidden',
      );
      expect((await t.request('GET', url, { token: ws.token })).body.status).toBe(status);
      const reopened = await t.request('POST', `${url}/reopen`, { token: manager.token, body: {} });
      expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
      expect(reopened.body.status).toBe('open');
    }
  });

  it("refuses a member taking a colleague's company, but lets them claim one nobody owns", async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const owned = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Baltic Amber', ownerId: ws.adminId },
    });
    const free = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Nordic Pine', ownerId: null },
    });
    expect([owned.status, free.status]).toEqual([201, 201]);

    const take = (id: string) =>
      t.request('PATCH', `/api/v1/companies/${id}`, {
        token: member.token,
        body: { ownerId: member.id },
      });
    expectProblem(await take(owned.body.id as string), 403, 'forbidden');
    const company = await t.request('GET', `/api/v1/companies/${owned.body.id as string}`, {
      token: ws.token,
    });
    expect(company.body.ownerId).toBe(ws.adminId);

    const claimed = await take(free.body.id as string);
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect(claimed.body.ownerId).toBe(member.id);
  });
});
