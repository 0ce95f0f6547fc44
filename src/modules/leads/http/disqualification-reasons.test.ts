import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { createLead } from '../../../server/test/lead-fixtures.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';
import { seedMissingDisqualificationReasons } from '../app/disqualification/seed-disqualification-reasons.ts';

interface Reason {
  id: string;
  name: string;
  standard: string;
  warm: { revisitDays: number } | null;
  active: boolean;
  version: number;
}

describeApi('disqualification reasons (a fixed list with usage standards)', (t) => {
  const listOf = async (token: string, query = '') =>
    (await t.request('GET', `/api/v1/disqualification-reasons${query}`, { token })).body
      .items as Reason[];

  it('every new workspace starts with the standard list in its language, warm ones marked', async () => {
    for (const [locale, notNow] of [
      ['en', 'Not now'],
      ['pl', 'Nie teraz'],
      ['ru', 'Не сейчас'],
    ] as const) {
      const ws = await freshWorkspace(t, { locale });
      const reasons = await listOf(ws.token);
      expect(reasons.length).toBe(6);
      for (const r of reasons) expect(r.standard.length, r.name).toBeGreaterThan(40);
      expect(reasons.find((r) => r.name === notNow)!.warm).toEqual({ revisitDays: 90 });
      expect(reasons.filter((r) => r.warm).length).toBe(2);
    }
  });

  it('a lead is disqualified only with a reason from the list; retired and unknown ones are refused and change nothing', async () => {
    const ws = await freshWorkspace(t);
    const lead = await createLead(t, ws.token);
    const [reason] = await listOf(ws.token);
    const retired = await t.request('PATCH', `/api/v1/disqualification-reasons/${reason!.id}`, {
      token: ws.token,
      body: { active: false },
    });
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    for (const body of [
      {},
      { reasonId: reason!.id },
      { reasonId: crypto.randomUUID() },
      { reasonId: 'nope' },
    ]) {
      expectProblem(
        await t.request('POST', `/api/v1/leads/${lead.id}/disqualify`, { token: ws.token, body }),
        422,
        'disqualification_reason_invalid',
      );
    }
    const still = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: ws.token });
    expect(still.body.status).toBe('new');
    expect((await listOf(ws.token, '?active=true')).map((r) => r.id)).not.toContain(reason!.id);
  });

  it('a warm reason plans a revisit task for the lead’s owner', async () => {
    const ws = await freshWorkspace(t);
    const lead = await createLead(t, ws.token);
    const warm = (await listOf(ws.token)).find((r) => r.warm?.revisitDays === 180)!;
    const done = await t.request('POST', `/api/v1/leads/${lead.id}/disqualify`, {
      token: ws.token,
      body: { reasonId: warm.id, comment: 'Budget in the spring' },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const tasks = await t.request('GET', `/api/v1/activities?leadId=${lead.id}&state=planned`, {
      token: ws.token,
    });
    expect(tasks.status, JSON.stringify(tasks.body)).toBe(200);
    const [task] = tasks.body.items as {
      type: string;
      subject: string;
      dueAt: string;
      ownerId: string;
    }[];
    expect(task).toMatchObject({ type: 'task', ownerId: ws.adminId });
    expect(task!.subject).toContain(warm.name);
    const days = (Date.parse(task!.dueAt) - Date.parse(done.body.closedAt as string)) / 86_400_000;
    expect(Math.round(days)).toBe(180);
  });

  it('managers add and edit reasons, warm or cold; members may only read them', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/disqualification-reasons', {
      token: ws.token,
      body: {
        name: 'Seasonal',
        standard: 'Buys only before the summer.',
        warm: { revisitDays: 120 },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Seasonal',
      warm: { revisitDays: 120 },
      active: true,
    });
    const cold = await t.request('PATCH', `/api/v1/disqualification-reasons/${created.body.id}`, {
      token: ws.token,
      headers: { 'if-match': `"${created.body.version}"` },
      body: { warm: null },
    });
    expect(cold.body.warm).toBeNull();
    for (const body of [
      { name: 'x', standard: ' ' },
      { name: 'x', standard: 'ok', warm: { revisitDays: 0 } },
      { name: 'x', standard: 'ok', warm: {} },
    ]) {
      expectProblem(
        await t.request('POST', '/api/v1/disqualification-reasons', { token: ws.token, body }),
        400,
        'validation_failed',
      );
    }
  });

  it('a workspace made before the list existed gets it once, in its language, at start-up', async () => {
    const ws = await freshWorkspace(t, { locale: 'pl' });
    await t.database.db.execute(
      sql`delete from disqualification_reasons where workspace_id = ${ws.workspaceId}::uuid`,
    );
    expect(await listOf(ws.token)).toEqual([]);
    await t.runner.runPublic(seedMissingDisqualificationReasons, {});
    await t.runner.runPublic(seedMissingDisqualificationReasons, {});
    const reasons = await listOf(ws.token);
    expect(reasons.map((r) => r.name)).toContain('Brak budżetu w tym roku');
    expect(reasons.length).toBe(6);
  });
});
