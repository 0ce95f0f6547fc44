// A board draws its cards from the deals list alone (ADR 032): each deal comes with the name of
// its company, so the browser sends no request per card — and no name the reader may not see.
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Listed {
  items: { id: string; title: string; companyId: string | null; companyName: string | null }[];
}

async function company(t: TestApp, token: string, name: string, ownerId: string | null) {
  const created = await t.request('POST', '/api/v1/companies', {
    token,
    body: { name, ownerId },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function pipeline(t: TestApp, token: string) {
  const created = await t.request('POST', '/api/v1/pipelines', {
    token,
    body: { name: 'Sales', stages: [{ name: 'Lead' }, { name: 'Offer' }] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

describeApi('the deals list carries what a card shows', (t) => {
  it("names each deal's company, and none for a deal without one", async () => {
    const ws = await freshWorkspace(t);
    const pipelineId = await pipeline(t, ws.token);
    const amber = await company(t, ws.token, 'Baltic Amber', ws.adminId);
    for (const [title, companyId] of [
      ['Forty licences', amber],
      ['Walk-in', null],
    ] as const) {
      const created = await t.request('POST', '/api/v1/deals', {
        token: ws.token,
        body: { title, pipelineId, companyId },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }

    const listed = await t.request('GET', `/api/v1/deals?pipelineId=${pipelineId}&limit=50`, {
      token: ws.token,
    });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const byTitle = new Map(
      (listed.body as unknown as Listed).items.map((d) => [d.title, d] as const),
    );
    expect(byTitle.get('Forty licences')).toMatchObject({
      companyId: amber,
      companyName: 'Baltic Amber',
    });
    expect(byTitle.get('Walk-in')).toMatchObject({ companyId: null, companyName: null });
  });

  it('leaves out the name of a company the reader may not see', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const pipelineId = await pipeline(t, ws.token);
    const settings = await t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
      token: ws.token,
      body: {
        settings: {
          permissions: {
            manager: { view: 'all', edit: 'all' },
            member: { view: 'own', edit: 'own' },
          },
        },
      },
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const hidden = await company(t, ws.token, 'Secret Holdings', ws.adminId);
    const created = await t.request('POST', '/api/v1/deals', {
      token: ws.token,
      body: {
        title: 'Their own deal',
        pipelineId,
        companyId: hidden,
        ownerId: member.id,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const listed = await t.request('GET', `/api/v1/deals?pipelineId=${pipelineId}`, {
      token: member.token,
    });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const [deal] = (listed.body as unknown as Listed).items;
    expect(deal).toMatchObject({ title: 'Their own deal', companyId: hidden, companyName: null });
    expect(JSON.stringify(listed.body)).not.toContain('Secret Holdings');
  });
});
