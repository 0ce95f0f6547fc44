// Global search (issue 17 item 4): one box over deals, companies, contacts and leads, by name,
// e-mail, phone in any format and company, best first, never past the caller's reach.
import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { createLead } from '../../../server/test/lead-fixtures.ts';
import { expectProblem, errorPaths } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Result {
  kind: string;
  id: string;
  title: string;
  subtitle: string;
}

async function create(t: TestApp, token: string, path: string, body: Record<string, unknown>) {
  const answer = await t.request('POST', `/api/v1/${path}`, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as { id: string };
}

async function pipeline(t: TestApp, ws: WorkspaceFixture): Promise<string> {
  const created = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: 'Sales', stages: [{ name: 'Qualified' }, { name: 'Proposal' }] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

async function search(t: TestApp, token: string, query: string): Promise<Result[]> {
  const answer = await t.request('GET', `/api/v1/search?${query}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items as Result[];
}

const q = (text: string, more = '') => `q=${encodeURIComponent(text)}${more}`;
const found = (items: Result[]) => items.map((i) => `${i.kind}:${i.title}`);

/** A workspace with a company, its contact, a deal of it, another deal and a lead. */
async function crm(t: TestApp) {
  const ws = await freshWorkspace(t);
  const pipelineId = await pipeline(t, ws);
  const acme = await create(t, ws.token, 'companies', {
    name: 'Acme Logistics',
    email: 'office@acme.example',
    city: 'Gdańsk',
  });
  const jan = await create(t, ws.token, 'contacts', {
    name: 'Jan Kowalski',
    email: 'jan.kowalski@acme.example',
    phone: '+48 601 234 567',
    companyId: acme.id,
  });
  const fleet = await create(t, ws.token, 'deals', {
    title: 'Fleet tracking rollout',
    pipelineId,
    companyId: acme.id,
    contactId: jan.id,
  });
  const other = await create(t, ws.token, 'deals', { title: 'Warehouse scanners', pipelineId });
  const lead = await createLead(t, ws.token, {
    name: 'Maria Nowak',
    companyName: 'Nowak Transport',
    email: 'maria@nowak.example',
    phone: '602 345 678',
  });
  return { ws, pipelineId, acme, jan, fleet, other, lead };
}

describeApi('global search', (t) => {
  it('finds every kind by name or title, each with what tells it apart', async () => {
    const { ws, fleet } = await crm(t);
    expect(found(await search(t, ws.token, q('fleet')))).toEqual(['deal:Fleet tracking rollout']);
    const [deal] = await search(t, ws.token, q('tracking'));
    expect(deal).toEqual({
      kind: 'deal',
      id: fleet.id,
      title: 'Fleet tracking rollout',
      subtitle: 'Acme Logistics · Qualified',
    });
    expect(found(await search(t, ws.token, q('KOWALSKI jan')))).toEqual(['contact:Jan Kowalski']);
    expect(await search(t, ws.token, q('maria'))).toEqual([
      expect.objectContaining({
        kind: 'lead',
        title: 'Maria Nowak',
        subtitle: 'Nowak Transport · maria@nowak.example',
      }),
    ]);
    expect(found(await search(t, ws.token, q('nothing like this')))).toEqual([]);
  });

  it('finds a contact by e-mail, and by phone typed in another format than it was saved', async () => {
    const { ws, jan, lead } = await crm(t);
    expect((await search(t, ws.token, q('Jan.Kowalski@ACME.example'))).map((i) => i.id)).toEqual([
      jan.id,
    ]);
    for (const typed of ['601-234-567', '+48 (601) 234-567', '0048601234567']) {
      const items = await search(t, ws.token, q(typed));
      expect(
        items.map((i) => i.id),
        typed,
      ).toEqual([jan.id]);
    }
    // The lead's local number was saved in E.164 too.
    expect((await search(t, ws.token, q('+48602345678'))).map((i) => i.id)).toEqual([lead.id]);
  });

  it('finds an e-mail typed in full, and a part of one', async () => {
    const { ws } = await crm(t);
    // The company's whole address finds it, then its contact and deal through it.
    expect(found(await search(t, ws.token, q('Office@Acme.example')))).toEqual([
      'company:Acme Logistics',
      'contact:Jan Kowalski',
      'deal:Fleet tracking rollout',
    ]);
    expect(found(await search(t, ws.token, q('maria@nowak.example')))).toEqual([
      'lead:Maria Nowak',
    ]);
    expect(found(await search(t, ws.token, q('kowalski@acme')))).toEqual(['contact:Jan Kowalski']);
  });

  it('finds the words of a name typed in any order, the last one begun', async () => {
    const { ws } = await crm(t);
    expect(found(await search(t, ws.token, q('rollout fleet tr')))).toEqual([
      'deal:Fleet tracking rollout',
    ]);
    expect(found(await search(t, ws.token, q('logistics ac')))).toEqual([
      'company:Acme Logistics',
      'contact:Jan Kowalski',
      'deal:Fleet tracking rollout',
    ]);
  });

  it("finds deals and contacts by their company's name, the company itself first", async () => {
    const { ws } = await crm(t);
    expect(found(await search(t, ws.token, q('acme logistics')))).toEqual([
      'company:Acme Logistics',
      'contact:Jan Kowalski',
      'deal:Fleet tracking rollout',
    ]);
  });

  it('ranks a whole name, then a name that starts with the query, then the rest', async () => {
    const ws = await freshWorkspace(t);
    for (const name of ['Big Nord', 'Nordic Parts', 'Nord']) {
      await create(t, ws.token, 'companies', { name });
    }
    expect(found(await search(t, ws.token, q('nord')))).toEqual([
      'company:Nord',
      'company:Nordic Parts',
      'company:Big Nord',
    ]);
    // One or two letters hold no trigram: names that start with them, read in order.
    expect(found(await search(t, ws.token, q('No')))).toEqual([
      'company:Nord',
      'company:Nordic Parts',
    ]);
  });

  it('searches only the kinds asked for, and no more than the limit', async () => {
    const { ws } = await crm(t);
    expect(found(await search(t, ws.token, q('acme', '&kinds=deal,contact')))).toEqual([
      'contact:Jan Kowalski',
      'deal:Fleet tracking rollout',
    ]);
    expect(await search(t, ws.token, q('acme', '&limit=1'))).toHaveLength(1);
  });

  it("matches a typed % or _ as itself, not as LIKE's wildcard", async () => {
    const ws = await freshWorkspace(t);
    await create(t, ws.token, 'companies', { name: '100% Organic' });
    await create(t, ws.token, 'companies', { name: '100 Organic' });
    expect(found(await search(t, ws.token, q('100%')))).toEqual(['company:100% Organic']);
    expect(found(await search(t, ws.token, q('_')))).toEqual([]);
  });

  it("never shows a member whose view is their own records anyone else's", async () => {
    const { ws, pipelineId } = await crm(t);
    const member = await addMember(t, ws, 'member');
    await create(t, ws.token, 'deals', {
      title: 'Acme spare parts',
      pipelineId,
      ownerId: member.id,
    });
    const everyone = found(await search(t, member.token, q('acme')));
    expect(everyone).toContain('deal:Fleet tracking rollout');
    const permissions = await t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
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
    expect(permissions.status, JSON.stringify(permissions.body)).toBe(200);
    expect(found(await search(t, member.token, q('acme')))).toEqual(['deal:Acme spare parts']);
    expect(found(await search(t, member.token, q('601 234 567')))).toEqual([]);
  });

  it("never finds another workspace's records", async () => {
    const { ws } = await crm(t);
    const other = await freshWorkspace(t);
    expect(await search(t, other.token, q('acme'))).toEqual([]);
    expect(await search(t, other.token, q('+48601234567'))).toEqual([]);
    expect(found(await search(t, ws.token, q('acme')))).toHaveLength(3);
  });

  it('refuses an empty or too long query, an unknown kind and a limit past 50 (400)', async () => {
    const ws = await freshWorkspace(t);
    const ask = (query: string) => t.request('GET', `/api/v1/search?${query}`, { token: ws.token });
    expect(errorPaths(await ask(''))).toEqual(['q']);
    expect(errorPaths(await ask(q('   ')))).toEqual(['q']);
    expect(errorPaths(await ask(q('x'.repeat(101))))).toEqual(['q']);
    expect(errorPaths(await ask(q('acme', '&kinds=deal,invoice')))).toEqual(['kinds.1']);
    expect(errorPaths(await ask(q('acme', '&limit=51')))).toEqual(['limit']);
    expectProblem(await t.request('GET', `/api/v1/search?${q('acme')}`), 401, 'unauthenticated');
  });
});
