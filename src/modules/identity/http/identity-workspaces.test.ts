import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem, sortedErrorPaths } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';

const newWorkspaceBody = {
  name: 'Second Company',
  locale: 'ru',
  timezone: 'Europe/Moscow',
  currency: 'RUB',
  template: 'empty',
};

describeApi('identity: workspaces and me', (t) => {
  describe('workspaces', () => {
    it('creates another workspace whose admin is the caller, with a working token; both are listed', async () => {
      const ws = await freshWorkspace(t);
      const created = await t.request('POST', '/api/v1/workspaces', {
        token: ws.token,
        body: newWorkspaceBody,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const workspace = created.body.workspace as { id: string; version: number };
      expect(workspace).toMatchObject({
        name: 'Second Company',
        locale: 'ru',
        timezone: 'Europe/Moscow',
        currency: 'RUB',
        version: 1,
      });
      expect(workspace.id).not.toBe(ws.workspaceId);

      const me = await t.request('GET', '/api/v1/me', { token: created.body.apiToken as string });
      expect(me.status).toBe(200);
      expect(me.body.user).toMatchObject({ id: ws.adminId, role: 'admin' });
      expect((me.body.workspace as { id: string }).id).toBe(workspace.id);

      const list = await t.request('GET', '/api/v1/workspaces', { token: ws.token });
      expect(list.status).toBe(200);
      const items = list.body.items as { id: string; name: string; role: string }[];
      expect(items.map((i) => [i.id, i.role]).sort()).toEqual(
        [
          [ws.workspaceId, 'admin'],
          [workspace.id, 'admin'],
        ].sort(),
      );
      // The old token still belongs to the first workspace.
      const old = await t.request('GET', '/api/v1/me', { token: ws.token });
      expect((old.body.workspace as { id: string }).id).toBe(ws.workspaceId);
    });

    it('validates a new workspace and creates none on bad input', async () => {
      const ws = await freshWorkspace(t);
      const bad = await t.request('POST', '/api/v1/workspaces', {
        token: ws.token,
        body: {
          ...newWorkspaceBody,
          timezone: 'Mars/Olympus',
          currency: 'ZZZ',
          template: 'nope',
          locale: 'de',
        },
      });
      expectProblem(bad, 400, 'validation_failed');
      expect(sortedErrorPaths(bad)).toEqual(['currency', 'locale', 'template', 'timezone']);
      const list = await t.request('GET', '/api/v1/workspaces', { token: ws.token });
      expect(list.body.items).toHaveLength(1);
      expectProblem(
        await t.request('POST', '/api/v1/workspaces', { body: newWorkspaceBody }),
        401,
        'unauthenticated',
      );
    });

    it('reads and changes the own workspace under If-Match; stale is 412, a member is 403', async () => {
      const ws = await freshWorkspace(t);
      const member = await addMember(t, ws, 'member');
      const url = `/api/v1/workspaces/${ws.workspaceId}`;
      const read = await t.request('GET', url, { token: member.token });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: ws.workspaceId, currency: 'PLN', version: 1 });
      expect(read.headers.etag).toBe('"1"');

      const changed = await t.request('PATCH', url, {
        token: ws.token,
        body: { name: 'Renamed Ltd', currency: 'EUR', settings: { defaultCountry: 'DE' } },
        headers: { 'if-match': '1' },
      });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      expect(changed.body).toMatchObject({ name: 'Renamed Ltd', currency: 'EUR', version: 2 });
      // A partial settings change keeps the other settings.
      expect(changed.body.settings).toEqual({
        ...(read.body.settings as Record<string, unknown>),
        defaultCountry: 'DE',
      });
      expect(changed.headers.etag).toBe('"2"');

      const stale = await t.request('PATCH', url, {
        token: ws.token,
        body: { name: 'Stale Ltd' },
        headers: { 'if-match': '"1"' },
      });
      expectProblem(stale, 412, 'version_conflict');
      const byMember = await t.request('PATCH', url, {
        token: member.token,
        body: { name: 'Member Ltd' },
      });
      expectProblem(byMember, 403, 'forbidden');
      const badCountry = await t.request('PATCH', url, {
        token: ws.token,
        body: { settings: { defaultCountry: 'pl' } },
      });
      expectProblem(badCountry, 400, 'validation_failed');

      const after = await t.request('GET', url, { token: ws.token });
      expect(after.body).toEqual(changed.body);
    });
  });

  describe('me', () => {
    it('changes the own interface language and name, reflected in GET /me', async () => {
      const ws = await freshWorkspace(t);
      const patched = await t.request('PATCH', '/api/v1/me', {
        token: ws.token,
        body: { locale: 'ru', name: 'Ivan' },
      });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      const me = await t.request('GET', '/api/v1/me', { token: ws.token });
      expect(me.body.user).toMatchObject({ id: ws.adminId, locale: 'ru', name: 'Ivan' });
      // The workspace's language is not the user's.
      expect((me.body.workspace as { locale: string }).locale).toBe('en');

      const reset = await t.request('PATCH', '/api/v1/me', {
        token: ws.token,
        body: { locale: null },
      });
      expect(reset.status).toBe(200);
      expect((await t.request('GET', '/api/v1/me', { token: ws.token })).body.user).toMatchObject({
        locale: null,
        name: 'Ivan',
      });
    });

    it('rejects an unknown locale or field with 400 and keeps the profile', async () => {
      const ws = await freshWorkspace(t);
      const bad = await t.request('PATCH', '/api/v1/me', {
        token: ws.token,
        body: { locale: 'xx' },
      });
      expectProblem(bad, 400, 'validation_failed');
      expect(sortedErrorPaths(bad)).toEqual(['locale']);
      const role = await t.request('PATCH', '/api/v1/me', {
        token: ws.token,
        body: { role: 'member' },
      });
      expectProblem(role, 400, 'validation_failed');
      const me = await t.request('GET', '/api/v1/me', { token: ws.token });
      expect(me.body.user).toMatchObject({ locale: null, role: 'admin' });
    });

    it('answers an unauthenticated or unknown-token GET /me with 401 problem+json', async () => {
      expectProblem(await t.request('GET', '/api/v1/me'), 401, 'unauthenticated');
      const bogus = `cvy_${randomBytes(32).toString('base64url')}`;
      expectProblem(await t.request('GET', '/api/v1/me', { token: bogus }), 401, 'unauthenticated');
      expectProblem(
        await t.request('PATCH', '/api/v1/me', { body: { locale: 'ru' } }),
        401,
        'unauthenticated',
      );
    });
  });
});
