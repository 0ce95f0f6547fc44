import { expect, it } from 'vitest';
import { entriesOf } from '../../../server/test/audit-fixtures.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

async function dealOf(t: TestApp, ws: WorkspaceFixture) {
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: 'Sales', stages: [{ name: 'First' }, { name: 'Second' }] },
  });
  const deal = await t.request('POST', '/api/v1/deals', {
    token: ws.token,
    body: { title: 'ACME', pipelineId: pipeline.body.id },
  });
  return deal.body.id as string;
}

/** An upload as a browser sends it: the bytes as the body, the name in the query. */
function upload(t: TestApp, token: string, dealId: string, name: string, bytes: Buffer) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/deals/${dealId}/files?name=${encodeURIComponent(name)}`,
    headers: {
      host: 'localhost:80',
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
    },
    payload: bytes,
  });
}

function download(t: TestApp, token: string, dealId: string, fileId: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/deals/${dealId}/files/${fileId}`,
    headers: { host: 'localhost:80', authorization: `Bearer ${token}` },
  });
}

describeApi('deal files', (t) => {
  it('uploads, lists, downloads as an attachment and deletes a file', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const bytes = Buffer.from('%PDF-1.4 offer');
    const sent = await upload(t, ws.token, dealId, 'Offer "v2".pdf', bytes);
    expect(sent.statusCode, sent.body).toBe(201);
    const file = sent.json<{ id: string; name: string; size: number; contentType: string }>();
    expect(file).toMatchObject({ name: 'Offer "v2".pdf', size: bytes.length });
    expect(file.contentType).toBe('application/pdf');

    const list = await t.request('GET', `/api/v1/deals/${dealId}/files`, { token: ws.token });
    expect((list.body.items as { id: string }[]).map((f) => f.id)).toEqual([file.id]);

    const got = await download(t, ws.token, dealId, file.id);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Offer _v2_.pdf"; filename*=UTF-8''Offer%20%22v2%22.pdf`,
    );

    const gone = await t.request('DELETE', `/api/v1/deals/${dealId}/files/${file.id}`, {
      token: ws.token,
    });
    expect(gone.status).toBe(204);
    expect((await download(t, ws.token, dealId, file.id)).statusCode).toBe(404);
    const [entry] = await entriesOf(t, ws.token, 'file.deleted');
    expect(entry?.subject).toMatchObject({ kind: 'file', id: file.id, label: 'Offer "v2".pdf' });
  });

  it('never serves an uploaded page as HTML', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const page = Buffer.from('<script>alert(document.cookie)</script>');
    const file = (await upload(t, ws.token, dealId, 'x.html', page)).json<{ id: string }>();
    const got = await download(t, ws.token, dealId, file.id);
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(String(got.headers['content-disposition'])).toMatch(/^attachment;/);
  });

  it('refuses a file over 10 MB with 413 and a body that is not a file with 415', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const big = await upload(t, ws.token, dealId, 'big.bin', Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(big.json<{ code: string }>().code).toBe('payload_too_large');
    const json = await t.request('POST', `/api/v1/deals/${dealId}/files?name=a.txt`, {
      token: ws.token,
      body: { text: 'not a file' },
    });
    expect(json.status).toBe(415);
    const badName = await upload(t, ws.token, dealId, '../etc/passwd', Buffer.from('x'));
    expect(badName.statusCode).toBe(400);
    const list = await t.request('GET', `/api/v1/deals/${dealId}/files`, { token: ws.token });
    expect(list.body.items).toEqual([]);
  });

  it('hides another workspace’s files (404) and keeps a member to their own uploads', async () => {
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    const file = (await upload(t, ws.token, dealId, 'a.txt', Buffer.from('a'))).json<{
      id: string;
    }>();
    const other = await freshWorkspace(t);
    expect((await download(t, other.token, dealId, file.id)).statusCode).toBe(404);
    expect((await upload(t, other.token, dealId, 'b.txt', Buffer.from('b'))).statusCode).toBe(404);
    const list = await t.request('GET', `/api/v1/deals/${dealId}/files`, { token: other.token });
    expect(list.status).toBe(404);

    const member = await addMember(t, ws, 'member');
    const removal = await t.request('DELETE', `/api/v1/deals/${dealId}/files/${file.id}`, {
      token: member.token,
    });
    expect(removal.status).toBe(403);
  });
});

describeApi('deal timeline', (t) => {
  it('mixes history, activities, notes and files newest first, paged by one cursor', async () => {
    const at = (minute: number) =>
      t.clock.set(`2026-11-23T09:${String(minute).padStart(2, '0')}:00Z`);
    at(0);
    const ws = await freshWorkspace(t);
    const dealId = await dealOf(t, ws);
    at(1);
    await t.request('POST', `/api/v1/deals/${dealId}/notes`, {
      token: ws.token,
      body: { text: 'First note' },
    });
    at(2);
    await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: { type: 'call', subject: 'Intro call', doneAt: '2026-11-23T09:02:00Z', dealId },
    });
    at(3);
    await upload(t, ws.token, dealId, 'offer.pdf', Buffer.from('pdf'));
    at(4);
    const removed = await t.request('POST', `/api/v1/deals/${dealId}/notes`, {
      token: ws.token,
      body: { text: 'Removed later' },
    });
    await t.request('DELETE', `/api/v1/deals/${dealId}/notes/${removed.body.id as string}`, {
      token: ws.token,
    });
    at(5);
    await t.request('POST', `/api/v1/deals/${dealId}/notes`, {
      token: ws.token,
      body: { text: 'Last note' },
    });

    type Item = { type: string; note: { text: string } | null; file: { name: string } | null };
    const seen: Item[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await t.request('GET', `/api/v1/deals/${dealId}/timeline?limit=2${query}`, {
        token: ws.token,
      });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...(page.body.items as Item[]));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);

    const told = seen.map((i) => i.note?.text ?? i.file?.name ?? i.type);
    expect(told).toEqual([
      'Last note',
      'offer.pdf',
      'activity.completed',
      'activity.created',
      'First note',
      'deal.stage_entered',
      'deal.created',
    ]);
  });
});
