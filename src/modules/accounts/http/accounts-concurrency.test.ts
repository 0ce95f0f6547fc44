import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi } from '../../../server/test/test-app.ts';

const PARALLEL = 10;

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

describeApi('accounts under concurrent writes', (t) => {
  it('lets exactly one of 10 parallel PATCHes with the same If-Match win; the rest get 412', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Contended' },
    });
    expect(created.status).toBe(201);
    const url = `/api/v1/companies/${created.body.id as string}`;
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        t.request('PATCH', url, {
          token: ws.token,
          headers: { 'if-match': '"1"' },
          body: { city: `City ${i}` },
        }),
      ),
    );
    expect(tally(answers.map((a) => a.status))).toEqual({ 200: 1, 412: PARALLEL - 1 });
    for (const a of answers.filter((a) => a.status === 412)) {
      expect(a.body.code).toBe('version_conflict');
    }
    const winner = answers.find((a) => a.status === 200)!;
    const final = await t.request('GET', url, { token: ws.token });
    expect(final.body).toMatchObject({ version: 2, city: winner.body.city });
  });

  it('creates exactly one of 10 parallel companies with the same e-mail; the rest get 409', async () => {
    const ws = await freshWorkspace(t);
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        t.request('POST', '/api/v1/companies', {
          token: ws.token,
          body: { name: `Racer ${i}`, email: i % 2 ? 'race@x.pl' : 'RACE@x.pl' },
        }),
      ),
    );
    expect(tally(answers.map((a) => a.status))).toEqual({ 201: 1, 409: PARALLEL - 1 });
    // Every loser is told which company it would duplicate, even when it lost the race at commit.
    const winner = answers.find((a) => a.status === 201)!;
    for (const a of answers.filter((a) => a.status === 409)) {
      expect(a.body.code).toBe('duplicate');
      expect(a.body.existing).toEqual({
        kind: 'company',
        id: winner.body.id,
        name: winner.body.name,
      });
    }
    const list = await t.request('GET', '/api/v1/companies', { token: ws.token });
    expect((list.body.items as { email: string }[]).map((c) => c.email)).toEqual(['race@x.pl']);
  });

  it('creates exactly one of 10 parallel contacts with the same phone; the rest get 409', async () => {
    const ws = await freshWorkspace(t);
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        t.request('POST', '/api/v1/contacts', {
          token: ws.token,
          body: { name: `Racer ${i}`, phone: i % 2 ? '601 234 567' : '+48601234567' },
        }),
      ),
    );
    expect(tally(answers.map((a) => a.status))).toEqual({ 201: 1, 409: PARALLEL - 1 });
    const winner = answers.find((a) => a.status === 201)!;
    for (const a of answers.filter((a) => a.status === 409)) {
      expect(a.body.existing).toEqual({
        kind: 'contact',
        id: winner.body.id,
        name: winner.body.name,
      });
    }
    const list = await t.request('GET', '/api/v1/contacts', { token: ws.token });
    expect((list.body.items as unknown[]).length).toBe(1);
  });

  it('lets one of 10 companies take an e-mail in parallel edits; the rest get 409 naming it', async () => {
    const ws = await freshWorkspace(t);
    const ids: string[] = [];
    for (let i = 0; i < PARALLEL; i++) {
      const c = await t.request('POST', '/api/v1/companies', {
        token: ws.token,
        body: { name: `Editor ${i}` },
      });
      ids.push(c.body.id as string);
    }
    const answers = await Promise.all(
      ids.map((id) =>
        t.request('PATCH', `/api/v1/companies/${id}`, {
          token: ws.token,
          body: { email: 'wanted@x.pl' },
        }),
      ),
    );
    expect(tally(answers.map((a) => a.status))).toEqual({ 200: 1, 409: PARALLEL - 1 });
    const winner = answers.find((a) => a.status === 200)!;
    for (const a of answers.filter((a) => a.status === 409)) {
      expect(a.body.existing).toEqual({
        kind: 'company',
        id: winner.body.id,
        name: winner.body.name,
      });
    }
    const search = await t.request('GET', '/api/v1/companies?q=wanted%40x.pl', { token: ws.token });
    expect((search.body.items as { id: string }[]).map((c) => c.id)).toEqual([winner.body.id]);
  });
});
