import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { addHunter, createLead, eventsOf, getLead } from '../../../server/test/lead-fixtures.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('leads: create, route, match, edit', (t) => {
  it('routes new leads by round robin among active hunters under their limit, then queues them', async () => {
    const ws = await freshWorkspace(t);
    const a = await addHunter(t, ws, 2);
    const b = await addHunter(t, ws, 1);
    await addMember(t, ws, 'member', { salesRoles: ['closer'] }); // not a hunter: never routed
    const idle = await addHunter(t, ws, null);
    const off = await t.request('PATCH', `/api/v1/users/${idle.id}`, {
      token: ws.token,
      body: { active: false },
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const [first, second] = [a, b].sort((x, y) => (x.id < y.id ? -1 : 1));

    const owners: (string | null)[] = [];
    for (let i = 0; i < 5; i++) owners.push((await createLead(t, ws.token)).ownerId);
    // In id order, then the only one with room left (a, limit 2), then the queue.
    expect(owners.slice(0, 2)).toEqual([first!.id, second!.id]);
    expect(owners[2]).toBe(a.id);
    expect(owners.slice(3)).toEqual([null, null]);

    const created = await createLead(t, ws.token, {
      name: 'Ewa',
      source: { channel: 'outbound', campaign: 'Q4 list' },
    });
    expect(created).toMatchObject({
      status: 'new',
      ownerId: null,
      source: { channel: 'outbound', medium: null, campaign: 'Q4 list' },
    });
    const [event] = await eventsOf(t, ws.workspaceId, created.id);
    expect(event).toMatchObject({
      type: 'lead.created',
      ownerId: null,
      channel: 'outbound',
      campaign: 'Q4 list',
      actorId: ws.adminId,
    });
  });

  it('assigns by hand within the limit; at the limit 409 lead_limit_reached, nothing created', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws, 1);
    const closer = await addMember(t, ws, 'member', { leadLimit: 0 });
    const mine = await createLead(t, ws.token, { ownerId: h.id });
    expect(mine.ownerId).toBe(h.id);
    const refused = await t.request('POST', '/api/v1/leads', {
      token: ws.token,
      body: { name: 'X', source: { channel: 'inbound' }, ownerId: h.id },
    });
    expectProblem(refused, 409, 'lead_limit_reached');
    expectProblem(
      await t.request('POST', '/api/v1/leads', {
        token: ws.token,
        body: { name: 'X', source: { channel: 'inbound' }, ownerId: closer.id },
      }),
      409,
      'lead_limit_reached',
    );
    const list = await t.request('GET', '/api/v1/leads', { token: ws.token });
    expect((list.body.items as unknown[]).length).toBe(1);
  });

  it('links an existing contact and its company by e-mail or phone instead of duplicating them', async () => {
    const ws = await freshWorkspace(t);
    const company = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'ACME', phone: '+48 22 123 45 67' },
    });
    const contact = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: { name: 'Jan', email: 'jan@acme.test', companyId: company.body.id },
    });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    const byEmail = await createLead(t, ws.token, { email: 'JAN@acme.test' });
    expect(byEmail).toMatchObject({
      email: 'jan@acme.test',
      contactId: contact.body.id,
      companyId: company.body.id,
    });
    const byCompanyPhone = await createLead(t, ws.token, { phone: '+48 22 123 45 67' });
    expect(byCompanyPhone).toMatchObject({
      phone: '+48221234567',
      contactId: null,
      companyId: company.body.id,
    });
    const stranger = await createLead(t, ws.token, { email: 'new@else.test' });
    expect(stranger).toMatchObject({ contactId: null, companyId: null });
    const contacts = await t.request('GET', '/api/v1/contacts', { token: ws.token });
    expect((contacts.body.items as unknown[]).length).toBe(1);
  });

  it('refuses bad input with every field named, and hides other workspaces (404)', async () => {
    const ws = await freshWorkspace(t);
    const bad = await t.request('POST', '/api/v1/leads', {
      token: ws.token,
      body: { name: '', email: 'nope', source: { channel: 'fax' }, ownerId: 'x' },
    });
    expect(errorPaths(bad).sort()).toEqual(['email', 'name', 'ownerId', 'source.channel']);
    expect(
      errorPaths(
        await t.request('POST', '/api/v1/leads', {
          token: ws.token,
          body: { name: 'A', phone: '12', source: { channel: 'inbound' } },
        }),
      ),
    ).toEqual(['phone']);
    const other = await freshWorkspace(t);
    const theirs = await createLead(t, other.token);
    expectProblem(
      await t.request('GET', `/api/v1/leads/${theirs.id}`, { token: ws.token }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('PATCH', `/api/v1/leads/${theirs.id}`, {
        token: ws.token,
        body: { name: 'Z' },
      }),
      404,
      'not_found',
    );
    const stranger = await addHunter(t, other);
    expect(
      errorPaths(
        await t.request('POST', '/api/v1/leads', {
          token: ws.token,
          body: { name: 'A', source: { channel: 'inbound' }, ownerId: stranger.id },
        }),
      ),
    ).toEqual(['ownerId']);
  });

  it('edits with If-Match (412 when stale); giving it to a full owner is 409', async () => {
    const ws = await freshWorkspace(t);
    const full = await addHunter(t, ws, 1);
    await createLead(t, ws.token, { ownerId: full.id });
    const lead = await createLead(t, ws.token);
    const edited = await t.request('PATCH', `/api/v1/leads/${lead.id}`, {
      token: ws.token,
      headers: { 'if-match': `"${lead.version}"` },
      body: { name: 'Jan K.', companyName: 'ACME' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.headers.etag).toBe(`"${lead.version + 1}"`);
    expect(edited.body).toMatchObject({ name: 'Jan K.', companyName: 'ACME' });
    expectProblem(
      await t.request('PATCH', `/api/v1/leads/${lead.id}`, {
        token: ws.token,
        headers: { 'if-match': `"${lead.version}"` },
        body: { name: 'Lost update' },
      }),
      412,
      'version_conflict',
    );
    expectProblem(
      await t.request('PATCH', `/api/v1/leads/${lead.id}`, {
        token: ws.token,
        body: { ownerId: full.id },
      }),
      409,
      'lead_limit_reached',
    );
    expect((await getLead(t, ws.token, lead.id)).name).toBe('Jan K.');
  });

  it('reassigning frees the old owner: the oldest queued lead goes to them at once', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws, 1);
    const other = await addMember(t, ws, 'member');
    const held = await createLead(t, ws.token);
    expect(held.ownerId).toBe(h.id);
    const queued1 = await createLead(t, ws.token, { name: 'Oldest' });
    const queued2 = await createLead(t, ws.token, { name: 'Newer' });
    expect([queued1.ownerId, queued2.ownerId]).toEqual([null, null]);
    const moved = await t.request('PATCH', `/api/v1/leads/${held.id}`, {
      token: ws.token,
      body: { ownerId: other.id },
    });
    expect(moved.body.ownerId).toBe(other.id);
    expect((await getLead(t, ws.token, queued1.id)).ownerId).toBe(h.id);
    expect((await getLead(t, ws.token, queued2.id)).ownerId).toBeNull();
  });

  it('activities may point at a lead of the workspace only (400 leadId otherwise)', async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const mine = await createLead(t, ws.token);
    const theirs = await createLead(t, other.token);
    const ok = await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: {
        type: 'call',
        subject: 'First call',
        leadId: mine.id,
        doneAt: new Date().toISOString(),
      },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.leadId).toBe(mine.id);
    const foreign = await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: { type: 'call', subject: 'X', leadId: theirs.id, doneAt: new Date().toISOString() },
    });
    expect(errorPaths(foreign)).toEqual(['leadId']);
  });
});
