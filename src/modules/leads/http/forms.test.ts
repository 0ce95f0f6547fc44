import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { addHunter, eventsOf, type LeadBody } from '../../../server/test/lead-fixtures.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

async function makeForm(t: TestApp, ws: WorkspaceFixture, body: Record<string, unknown> = {}) {
  const created = await t.request('POST', '/api/v1/forms', {
    token: ws.token,
    body: { name: 'Contact us', ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; key: string; version: number };
}

/** A browser on another site posting the form (no cookie, cross-site headers). */
const crossSite = { origin: 'https://shop.example.com', 'sec-fetch-site': 'cross-site' };

async function leadsOf(t: TestApp, ws: WorkspaceFixture): Promise<LeadBody[]> {
  const list = await t.request('GET', '/api/v1/leads', { token: ws.token });
  return list.body.items as LeadBody[];
}

describeApi('web forms', (t) => {
  it('defines forms (managers and admins) with a public key; lists and switches them off', async () => {
    const ws = await freshWorkspace(t);
    const form = await makeForm(t, ws, {
      campaign: 'black-friday',
      redirectUrl: 'https://shop.example.com/thanks',
      thankYouText: 'Thank you!',
    });
    expect(form).toMatchObject({
      name: 'Contact us',
      medium: 'web_form',
      active: true,
      version: 1,
    });
    expect(form.key).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const list = await t.request('GET', '/api/v1/forms', { token: ws.token });
    expect(list.body.items).toEqual([form]);
    const member = await addMember(t, ws, 'member');
    expectProblem(
      await t.request('POST', '/api/v1/forms', { token: member.token, body: { name: 'X' } }),
      403,
      'forbidden',
    );
    expect(
      errorPaths(
        await t.request('POST', '/api/v1/forms', {
          token: ws.token,
          body: { name: '', redirectUrl: 'javascript:alert(1)' },
        }),
      ).sort(),
    ).toEqual(['name', 'redirectUrl']);
    const off = await t.request('PATCH', `/api/v1/forms/${form.id}`, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { active: false },
    });
    expect(off.body).toMatchObject({ active: false, version: 2 });
    expectProblem(
      await t.request('PATCH', `/api/v1/forms/${form.id}`, {
        token: ws.token,
        headers: { 'if-match': '"1"' },
        body: { active: true },
      }),
      412,
      'version_conflict',
    );
    expectProblem(
      await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
        body: { name: 'Jan' },
        headers: crossSite,
      }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('POST', '/api/v1/forms/no-such-form/submissions', { body: { name: 'Jan' } }),
      404,
      'not_found',
    );
  });

  it('a cross-site JSON submission becomes a routed inbound lead with its UTM source and a reply task', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws);
    const form = await makeForm(t, ws, {
      medium: 'landing',
      campaign: 'spring',
      thankYouText: 'Thanks!',
    });
    const sent = await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
      headers: crossSite,
      body: {
        name: 'Jan Kowalski',
        email: 'Jan@Example.com',
        phone: '+48 601 234 567',
        company: 'ACME',
        message: 'Please call me',
        utm_source: 'google',
        utm_medium: 'cpc',
        website: '',
      },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toEqual({ received: true, thankYouText: 'Thanks!' });
    expect(sent.headers['access-control-allow-origin']).toBe('*');
    const [lead] = await leadsOf(t, ws);
    expect(lead).toMatchObject({
      name: 'Jan Kowalski',
      email: 'jan@example.com',
      phone: '+48601234567',
      companyName: 'ACME',
      message: 'Please call me',
      status: 'new',
      ownerId: h.id,
      source: { channel: 'inbound', medium: 'cpc', campaign: 'spring' },
    });
    const [created] = await eventsOf(t, ws.workspaceId, lead!.id);
    expect(created).toMatchObject({
      type: 'lead.created',
      actorId: null,
      medium: 'cpc',
      payload: { formId: form.id, utmSource: 'google' },
    });
    const tasks = await t.request('GET', `/api/v1/activities?ownerId=${h.id}&state=planned`, {
      token: ws.token,
    });
    expect(tasks.body.items).toEqual([
      expect.objectContaining({
        type: 'task',
        leadId: lead!.id,
        subject: expect.stringContaining('Jan Kowalski'),
      }),
    ]);
  });

  it('a browser form post (form-encoded) is redirected with 303 when the form has a redirect URL', async () => {
    const ws = await freshWorkspace(t);
    const form = await makeForm(t, ws, {
      redirectUrl: 'https://shop.example.com/thanks',
      fields: { name: { required: false } },
    });
    const plain = await makeForm(t, ws, { name: 'Plain', campaign: 'fair' });
    const encoded = new URLSearchParams({
      name: 'Ola',
      email: 'ola@example.com',
      phone: 'call me maybe',
      message: 'Hi',
      submit: 'Send',
    }).toString();
    const posted = await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
      headers: { ...crossSite, 'content-type': 'application/x-www-form-urlencoded' },
      body: encoded,
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.location).toBe('https://shop.example.com/thanks');
    const json = await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
      body: { email: 'json@example.com' },
    });
    expect(json.status).toBe(201);
    const noRedirect = await t.request('POST', `/api/v1/forms/${plain.key}/submissions`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Piotr&utm_campaign=',
    });
    expect(noRedirect.status).toBe(201);
    const leads = await leadsOf(t, ws);
    expect(leads.map((l) => [l.name, l.source.medium, l.source.campaign, l.message])).toEqual([
      ['Piotr', 'web_form', 'fair', null],
      ['json@example.com', 'web_form', null, null],
      ['Ola', 'web_form', null, 'Hi\n\nPhone: call me maybe'],
    ]);
  });

  it('drops a bot that fills the honeypot without telling it; refuses an empty or bad submission', async () => {
    const ws = await freshWorkspace(t);
    const form = await makeForm(t, ws, { thankYouText: 'Thanks' });
    const bot = await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Bot&email=bot%40spam.test&website=http%3A%2F%2Fspam.test',
    });
    expect(bot.status).toBe(201);
    expect(bot.body).toEqual({ received: true, thankYouText: 'Thanks' });
    expect(await leadsOf(t, ws)).toEqual([]);
    // A new form requires the name.
    expectProblem(
      await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
        body: { message: 'Hi' },
      }),
      422,
      'form_field_required',
    );
    expect(
      errorPaths(
        await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
          body: { email: 'nope' },
        }),
      ),
    ).toEqual(['email']);
    expect(await leadsOf(t, ws)).toEqual([]);
  });

  it('never acts as a signed-in user: a cookie or token sent along is ignored', async () => {
    const ws = await freshWorkspace(t);
    const form = await makeForm(t, ws);
    const sent = await t.request('POST', `/api/v1/forms/${form.key}/submissions`, {
      token: 'cvy_not-a-real-token',
      headers: crossSite,
      body: { name: 'Someone' },
    });
    expect(sent.status).toBe(201);
    const [lead] = await leadsOf(t, ws);
    expect((await eventsOf(t, ws.workspaceId, lead!.id))[0]?.actorId).toBeNull();
    // Other writes still refuse cross-site requests.
    const refused = await t.request('POST', '/api/v1/auth/login', {
      headers: crossSite,
      body: { email: 'a@b.c', password: 'x' },
    });
    expectProblem(refused, 403, 'forbidden');
  });
});
