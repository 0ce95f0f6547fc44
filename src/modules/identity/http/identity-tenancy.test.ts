import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type Answer } from '../../../server/test/test-app.ts';

describeApi('identity: tenant isolation and error conventions', (t) => {
  describe('tenant isolation', () => {
    it("answers another workspace's user, team, token and workspace exactly like a random id: 404", async () => {
      const a = await freshWorkspace(t);
      const b = await freshWorkspace(t);
      const userA = await addMember(t, a, 'member');
      const teamA = await t.request('POST', '/api/v1/teams', {
        token: a.token,
        body: { name: 'A team' },
      });
      const tokenA = await t.request('POST', '/api/v1/tokens', {
        token: a.token,
        body: { name: 'A token' },
      });
      const ids = {
        user: userA.id,
        team: teamA.body.id as string,
        token: tokenA.body.id as string,
        workspace: a.workspaceId,
      };

      const probes: [method: string, url: (id: string) => string, body?: unknown][] = [
        ['GET', (id) => `/api/v1/users/${id}`],
        ['PATCH', (id) => `/api/v1/users/${id}`, { role: 'admin', active: false }],
        ['PATCH', (id) => `/api/v1/teams/${id}`, { name: 'Taken over' }],
        ['DELETE', (id) => `/api/v1/tokens/${id}`],
        ['GET', (id) => `/api/v1/workspaces/${id}`],
        ['PATCH', (id) => `/api/v1/workspaces/${id}`, { name: 'Taken over' }],
      ];
      const targets = [ids.user, ids.user, ids.team, ids.token, ids.workspace, ids.workspace];
      for (const [index, [method, url, body]] of probes.entries()) {
        const foreign = await t.request(method, url(targets[index]!), { token: b.token, body });
        const random = await t.request(method, url(randomUUID()), { token: b.token, body });
        expectProblem(foreign, 404, 'not_found');
        expectProblem(random, 404, 'not_found');
        expect(foreign.body, `${method} ${url(':id')}`).toEqual(random.body);
      }

      // Issuing a token for A's user from B is the same 404 as for nobody.
      const forForeign = await t.request('POST', '/api/v1/tokens', {
        token: b.token,
        body: { name: 'x', userId: ids.user },
      });
      const forNobody = await t.request('POST', '/api/v1/tokens', {
        token: b.token,
        body: { name: 'x', userId: randomUUID() },
      });
      expectProblem(forForeign, 404, 'not_found');
      expect(forForeign.body).toEqual(forNobody.body);

      // Nothing in A changed: its user, team, token and name are as they were.
      const user = await t.request('GET', `/api/v1/users/${ids.user}`, { token: a.token });
      expect(user.body).toMatchObject({ role: 'member', active: true, version: 1 });
      const teams = await t.request('GET', '/api/v1/teams', { token: a.token });
      expect(teams.body.items).toEqual([teamA.body]);
      expect(
        (await t.request('GET', '/api/v1/me', { token: tokenA.body.token as string })).status,
      ).toBe(200);
      const workspace = await t.request('GET', `/api/v1/workspaces/${a.workspaceId}`, {
        token: a.token,
      });
      expect(workspace.body).toMatchObject({ version: 1 });
      expect(workspace.body.name).not.toBe('Taken over');
    });

    it("keeps lists to the caller's workspace", async () => {
      const a = await freshWorkspace(t);
      const b = await freshWorkspace(t);
      const userA = await addMember(t, a, 'member');
      await t.request('POST', '/api/v1/teams', { token: a.token, body: { name: 'Only in A' } });
      const users = await t.request('GET', '/api/v1/users', { token: b.token });
      expect((users.body.items as { id: string }[]).map((u) => u.id)).toEqual([b.adminId]);
      expect((await t.request('GET', '/api/v1/teams', { token: b.token })).body.items).toEqual([]);
      const tokens = await t.request('GET', '/api/v1/tokens', { token: b.token });
      expect((tokens.body.items as { userId: string }[]).every((x) => x.userId === b.adminId)).toBe(
        true,
      );
      const workspaces = await t.request('GET', '/api/v1/workspaces', { token: userA.token });
      expect((workspaces.body.items as { id: string }[]).map((w) => w.id)).toEqual([a.workspaceId]);
    });

    it('answers a malformed id in the path with 400, never 404 or 500', async () => {
      const ws = await freshWorkspace(t);
      for (const [method, url] of [
        ['GET', '/api/v1/users/not-a-uuid'],
        ['PATCH', '/api/v1/users/123'],
        ['PATCH', '/api/v1/teams/abc'],
        ['DELETE', '/api/v1/tokens/%27%3B%20drop%20table'],
        ['GET', '/api/v1/workspaces/00000000-0000-0000-0000-00000000000g'],
      ] as const) {
        const answer = await t.request(method, url, {
          token: ws.token,
          body: method === 'PATCH' ? {} : undefined,
        });
        expectProblem(answer, 400, 'validation_failed');
        expect(
          (answer.body.errors as { path: string }[]).map((e) => e.path),
          url,
        ).toEqual(['id']);
      }
    });
  });

  describe('error conventions', () => {
    it('answers malformed JSON bodies with 400 validation_failed, never 500', async () => {
      const ws = await freshWorkspace(t);
      const before = await t.request('GET', '/api/v1/users', { token: ws.token });
      for (const payload of ['{"email": "a@b.test", "name":', 'not json at all', '']) {
        const answer = await t.request('POST', '/api/v1/users', {
          token: ws.token,
          body: payload,
          headers: { 'content-type': 'application/json' },
        });
        expectProblem(answer, 400, 'validation_failed');
      }
      const arrayBody = await t.request('PATCH', '/api/v1/me', { token: ws.token, body: [1, 2] });
      expectProblem(arrayBody, 400, 'validation_failed');
      const nullBody = await t.request('POST', '/api/v1/teams', {
        token: ws.token,
        body: 'null',
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(nullBody, 400, 'validation_failed');
      expect((await t.request('GET', '/api/v1/users', { token: ws.token })).body).toEqual(
        before.body,
      );
    });

    it('answers unknown routes and methods with a 404 problem', async () => {
      const ws = await freshWorkspace(t);
      expectProblem(await t.request('GET', '/api/v1/no-such-thing'), 404, 'not_found');
      expectProblem(
        await t.request('GET', '/api/v1/no-such-thing', { token: ws.token }),
        404,
        'not_found',
      );
      expectProblem(
        await t.request('DELETE', `/api/v1/users/${ws.adminId}`, { token: ws.token }),
        404,
        'not_found',
      );
      expect(
        (await t.request('GET', `/api/v1/users/${ws.adminId}`, { token: ws.token })).status,
      ).toBe(200);
    });

    it('gives every error the problem shape, its status in the body and a matching title', async () => {
      const ws = await freshWorkspace(t);
      const member = await addMember(t, ws, 'member');
      const answers: [Answer, number, string][] = [
        [
          await t.request('POST', '/api/v1/teams', { token: ws.token, body: {} }),
          400,
          'validation_failed',
        ],
        [await t.request('GET', '/api/v1/users'), 401, 'unauthenticated'],
        [
          await t.request('POST', '/api/v1/teams', { token: member.token, body: { name: 'M' } }),
          403,
          'forbidden',
        ],
        [
          await t.request('GET', `/api/v1/users/${randomUUID()}`, { token: ws.token }),
          404,
          'not_found',
        ],
        [
          await t.request('POST', '/api/v1/users', {
            token: ws.token,
            body: { email: member.email, name: 'Again', role: 'member', salesRoles: [] },
          }),
          409,
          'duplicate',
        ],
        [
          await t.request('PATCH', `/api/v1/users/${member.id}`, {
            token: ws.token,
            body: { leadLimit: 3 },
            headers: { 'if-match': '"99"' },
          }),
          412,
          'version_conflict',
        ],
      ];
      for (const [answer, status, code] of answers) {
        expectProblem(answer, status, code);
        expect(answer.body.title).not.toBe('');
        expect(answer.body.detail).not.toBe('');
      }
      const titles = new Set(answers.map(([a]) => a.body.title));
      expect(titles.size).toBe(answers.length);
      // The failed write changed nothing.
      const after = await t.request('GET', `/api/v1/users/${member.id}`, { token: ws.token });
      expect(after.body).toMatchObject({ leadLimit: null, version: 1 });
    });
  });
});
