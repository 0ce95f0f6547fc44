import { expect, it } from 'vitest';
import { entriesOf } from '../../../server/test/audit-fixtures.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Note {
  id: string;
  text: string;
  author: { id: string; name: string };
  mentions: { id: string; name: string }[];
  editedAt: string | null;
  version: number;
}

async function dealOf(t: TestApp, ws: WorkspaceFixture, ownerId = ws.adminId) {
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: 'Sales', stages: [{ name: 'First' }, { name: 'Second' }] },
  });
  const deal = await t.request('POST', '/api/v1/deals', {
    token: ws.token,
    body: { title: 'ACME', pipelineId: pipeline.body.id, ownerId },
  });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  return deal.body.id as string;
}

const notes = (dealId: string) => `/api/v1/deals/${dealId}/notes`;

function add(t: TestApp, token: string, dealId: string, text: string) {
  return t.request('POST', notes(dealId), { token, body: { text } });
}

describeApi('deal notes', (t) => {
  it('adds, edits and deletes a note; the deletion is in the audit log', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const created = await add(t, ws.token, dealId, 'Call went **well**\n- budget *approved*');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const note = created.body as unknown as Note;
    expect(created.headers.etag).toBe('"1"');
    expect(note).toMatchObject({ text: 'Call went **well**\n- budget *approved*', editedAt: null });
    expect(note.author.id).toBe(ws.adminId);

    const edited = await t.request('PATCH', `${notes(dealId)}/${note.id}`, {
      token: ws.token,
      body: { text: 'Budget approved' },
      headers: { 'if-match': '"1"' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ text: 'Budget approved', version: 2 });
    expect(edited.body.editedAt).not.toBeNull();

    const stale = await t.request('DELETE', `${notes(dealId)}/${note.id}`, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const gone = await t.request('DELETE', `${notes(dealId)}/${note.id}`, { token: ws.token });
    expect(gone.status).toBe(204);
    const list = await t.request('GET', notes(dealId), { token: ws.token });
    expect(list.body.items).toEqual([]);
    const [entry] = await entriesOf(t, ws.token, 'note.deleted');
    expect(entry?.subject).toMatchObject({ kind: 'note', id: note.id });
  });

  it('mentions a member under their current name and tells them', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const anna = await addMember(t, ws, 'member');
    const created = await add(t, ws.token, dealId, `<@${anna.id}> please send the offer`);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.mentions).toEqual([{ id: anna.id, name: 'A member' }]);

    const mine = await t.request('GET', '/api/v1/mentions', { token: anna.token });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.items).toMatchObject([
      { text: `<@${anna.id}> please send the offer`, dealId, dealTitle: 'ACME' },
    ]);
    const admins = await t.request('GET', '/api/v1/mentions', { token: ws.token });
    expect(admins.body.items).toEqual([]);

    const history = await t.request('GET', `/api/v1/deals/${dealId}/history`, { token: ws.token });
    const types = (history.body.items as { type: string }[]).map((i) => i.type);
    expect(types).toContain('note.mentioned');

    const stranger = await freshWorkspace(t);
    const foreign = await add(t, ws.token, dealId, `<@${stranger.adminId}> hi`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('validation_failed');
  });

  it('lets a member change only their own notes; a manager any', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const other = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    const dealId = await dealOf(t, ws, member.id);
    const mine = (await add(t, member.token, dealId, 'Mine')).body as unknown as Note;

    const byOther = await t.request('PATCH', `${notes(dealId)}/${mine.id}`, {
      token: other.token,
      body: { text: 'Not yours' },
    });
    expect(byOther.status).toBe(403);
    expect(byOther.body.code).toBe('forbidden');
    const deleteByOther = await t.request('DELETE', `${notes(dealId)}/${mine.id}`, {
      token: other.token,
    });
    expect(deleteByOther.status).toBe(403);

    const byManager = await t.request('PATCH', `${notes(dealId)}/${mine.id}`, {
      token: manager.token,
      body: { text: 'Tidied by the manager' },
    });
    expect(byManager.status).toBe(200);
    const byAuthor = await t.request('DELETE', `${notes(dealId)}/${mine.id}`, {
      token: member.token,
    });
    expect(byAuthor.status).toBe(204);
  });

  it('hides the notes of another workspace’s deal (404)', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const note = (await add(t, ws.token, dealId, 'Secret')).body as unknown as Note;
    const other = await freshWorkspace(t);
    const read = await t.request('GET', notes(dealId), { token: other.token });
    expect(read.status).toBe(404);
    expect((await add(t, other.token, dealId, 'Hi')).status).toBe(404);
    const edit = await t.request('PATCH', `${notes(dealId)}/${note.id}`, {
      token: other.token,
      body: { text: 'x' },
    });
    expect(edit.status).toBe(404);
    const timeline = await t.request('GET', `/api/v1/deals/${dealId}/timeline`, {
      token: other.token,
    });
    expect(timeline.status).toBe(404);
  });

  it('refuses hostile text: NUL, a megabyte, a javascript: link', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const nul = await add(t, ws.token, dealId, 'a\u0000b');
    expect(nul.status).toBe(400);
    const huge = await add(t, ws.token, dealId, 'x'.repeat(1024 * 1024));
    expect([400, 413]).toContain(huge.status);
    const script = await add(t, ws.token, dealId, '[click](javascript:alert(1))');
    expect(script.status).toBe(400);
    const list = await t.request('GET', notes(dealId), { token: ws.token });
    expect(list.body.items).toEqual([]);
  });

  it('pages the notes newest first, each note once, also notes written in the same moment', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    // The clock held still: all five share one time, so only the id orders them.
    t.clock.set('2026-11-18T10:00:00Z');
    for (const text of ['one', 'two', 'three', 'four', 'five']) {
      expect((await add(t, ws.token, dealId, text)).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await t.request('GET', `${notes(dealId)}${query}`, { token: ws.token });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      const items = page.body.items as Note[];
      expect(items.length).toBeLessThanOrEqual(2);
      seen.push(...items.map((n) => n.text));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect([...seen].sort()).toEqual(['five', 'four', 'one', 'three', 'two']);
  });
});
