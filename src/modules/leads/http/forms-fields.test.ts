import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forms } from '../db/schema.ts';
import { freshWorkspace, type WorkspaceFixture } from '../../../server/test/fresh-workspace.ts';
import { addHunter, eventsOf, type LeadBody } from '../../../server/test/lead-fixtures.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const shown = (required = false) => ({ visible: true, required });

async function makeForm(t: TestApp, ws: WorkspaceFixture, body: Record<string, unknown> = {}) {
  const created = await t.request('POST', '/api/v1/forms', {
    token: ws.token,
    body: { name: 'Contact us', ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; key: string; version: number; fields: object };
}

async function leadsOf(t: TestApp, ws: WorkspaceFixture): Promise<LeadBody[]> {
  const list = await t.request('GET', '/api/v1/leads', { token: ws.token });
  return list.body.items as LeadBody[];
}

const submit = (t: TestApp, key: string, body: Record<string, unknown> | string) =>
  t.request('POST', `/api/v1/forms/${key}/submissions`, {
    body,
    ...(typeof body === 'string'
      ? { headers: { 'content-type': 'application/x-www-form-urlencoded' } }
      : {}),
  });

describeApi('web forms: fields shown and required', (t) => {
  it('stores each field shown/required; a new form requires the name; edits change only the fields named', async () => {
    const ws = await freshWorkspace(t);
    const plain = await makeForm(t, ws);
    expect(plain.fields).toEqual({
      name: shown(true),
      email: shown(),
      phone: shown(),
      company: shown(),
      message: shown(),
    });
    const form = await makeForm(t, ws, {
      fields: { phone: { required: true }, company: { visible: false } },
    });
    expect(form.fields).toMatchObject({
      name: shown(true),
      phone: shown(true),
      company: { visible: false, required: false },
    });
    const edited = await t.request('PATCH', `/api/v1/forms/${form.id}`, {
      token: ws.token,
      headers: { 'if-match': `"${form.version}"` },
      body: { fields: { name: { required: false }, message: { visible: false } } },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.fields).toEqual({
      name: shown(),
      email: shown(),
      phone: shown(true),
      company: { visible: false, required: false },
      message: { visible: false, required: false },
    });
    const listed = await t.request('GET', '/api/v1/forms', { token: ws.token });
    expect(
      (listed.body.items as { id: string; fields: object }[]).find((f) => f.id === form.id),
    ).toMatchObject({ fields: edited.body.fields });
  });

  it('refuses rules no visitor could satisfy, naming each (400), and unknown fields', async () => {
    const ws = await freshWorkspace(t);
    const form = await makeForm(t, ws);
    const patch = (fields: object) =>
      t.request('PATCH', `/api/v1/forms/${form.id}`, { token: ws.token, body: { fields } });
    expect(errorPaths(await patch({ company: { visible: false, required: true } }))).toEqual([
      'fields.company.required',
    ]);
    expect(
      errorPaths(
        await patch({
          name: { visible: false, required: false },
          email: { visible: false },
          phone: { visible: false },
        }),
      ),
    ).toEqual(['fields']);
    expect(errorPaths(await patch({ website: { visible: true } })).length).toBeGreaterThan(0);
    expect(errorPaths(await patch({ email: { required: 'yes' } }))).toEqual([
      'fields.email.required',
    ]);
    const unchanged = await t.request('GET', '/api/v1/forms', { token: ws.token });
    expect(unchanged.body.items).toEqual([form]);
  });

  it('a submission without a required field is 422 form_field_required naming it, JSON or form-encoded; nothing stored', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws);
    const form = await makeForm(t, ws, {
      fields: { phone: { required: true }, message: { required: true } },
    });
    const json = await submit(t, form.key, { name: 'Jan', phone: '+48 601 234 567' });
    expectProblem(json, 422, 'form_field_required');
    expect(json.body).toMatchObject({ field: 'message', fields: ['message'] });
    const encoded = await submit(t, form.key, 'name=Jan&phone=+&message=&utm_source=google');
    expectProblem(encoded, 422, 'form_field_required');
    expect(encoded.body).toMatchObject({ field: 'phone', fields: ['phone', 'message'] });
    const nameless = await submit(t, form.key, { phone: '601234567', message: 'Hi' });
    expect(nameless.body).toMatchObject({ code: 'form_field_required', fields: ['name'] });
    expect(await leadsOf(t, ws)).toEqual([]);
    expect(await eventsOf(t, ws.workspaceId)).toSatisfy((list: { type: string }[]) =>
      list.every((e) => !e.type.startsWith('lead.') && e.type !== 'activity.created'),
    );

    // A bot filling the honeypot is still dropped silently, required fields or not.
    const bot = await submit(t, form.key, 'name=Bot&website=http%3A%2F%2Fspam.test');
    expect(bot.status).toBe(201);
    expect(await leadsOf(t, ws)).toEqual([]);

    // Everything given: the lead, with the page's UTM source, as before.
    const sent = await submit(
      t,
      form.key,
      'name=Jan&phone=601234567&message=Call+me&utm_medium=cpc&utm_campaign=spring',
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(await leadsOf(t, ws)).toEqual([
      expect.objectContaining({
        name: 'Jan',
        ownerId: h.id,
        message: 'Call me',
        source: { channel: 'inbound', medium: 'cpc', campaign: 'spring' },
      }),
    ]);
  });

  it('forms made before field rules require nothing, as their URL always accepted', async () => {
    const ws = await freshWorkspace(t);
    const form = await makeForm(t, ws);
    // The column's default is what the migration gave every existing form.
    await t.database.db
      .update(forms)
      .set({ fields: sql`default` })
      .where(and(eq(forms.workspaceId, ws.workspaceId), eq(forms.id, form.id)));
    const listed = await t.request('GET', '/api/v1/forms', { token: ws.token });
    expect((listed.body.items as { fields: { name: object } }[])[0]?.fields.name).toEqual(shown());
    const sent = await submit(t, form.key, { email: 'only@example.com' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect((await leadsOf(t, ws)).map((l) => l.name)).toEqual(['only@example.com']);
  });
});
