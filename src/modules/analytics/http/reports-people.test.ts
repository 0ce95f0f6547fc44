import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { errorPaths } from '../../../server/test/problem-assertions.ts';
import { fetchFile, ok, salesHistory } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

const none = { call: 0, meeting: 0, email: 0, task: 0, total: 0 };

describeApi('reports: people', (t) => {
  it('counts what each person did in the period and what waits on them now', async () => {
    const h = await salesHistory(t);
    t.clock.set('2026-12-01T10:00:00Z');
    const log = (type: string, doneAt: string, extra: object = {}) =>
      ok(t, 'POST', '/api/v1/activities', h.ws.token, {
        type,
        subject: `${type} done`,
        doneAt,
        ...extra,
      });
    await log('call', '2026-11-25T10:00:00Z', { dealId: h.deals.e, ownerId: h.bob.id });
    await log('meeting', '2026-11-30T22:30:00Z'); // 23:30 on 30 Nov in Warsaw
    await log('email', '2026-11-30T23:30:00Z'); // 00:30 on 1 Dec in Warsaw
    t.clock.set('2026-12-03T12:00:00Z');

    const url = '/api/v1/reports/people?from=2026-11-01&to=2026-11-30';
    const report = await ok(t, 'GET', url, h.ws.token);
    const bob = {
      userId: h.bob.id,
      name: 'A member',
      activities: { ...none, call: 1, total: 1 },
      dealsCreated: 1, // E, created by the admin for Bob
      won: { count: 0, value: 0 },
      lost: 0,
      stuck: 1, // E
      withoutNextStep: 2, // D and E
      goals: [],
    };
    expect(report.people).toEqual([
      bob,
      {
        userId: h.ws.adminId,
        name: expect.stringMatching(/^Admin /),
        activities: { ...none, meeting: 1, total: 1 },
        dealsCreated: 3, // A (00:30 on 1 Nov local), B, C — not X
        won: { count: 2, value: 3000 },
        lost: 3, // X, C and B (B's loss stays recorded though it was reopened)
        stuck: 0,
        withoutNextStep: 0,
        goals: [],
      },
    ]);
    const december = await ok(
      t,
      'GET',
      '/api/v1/reports/people?from=2026-12-01&to=2026-12-31',
      h.ws.token,
    );
    expect(
      (december.people as { activities: { total: number }; dealsCreated: number }[]).map((p) => [
        p.activities.total,
        p.dealsCreated,
      ]),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const team = await ok(t, 'POST', '/api/v1/teams', h.ws.token, { name: 'Bobs' });
    await ok(t, 'PATCH', `/api/v1/users/${h.bob.id}`, h.ws.token, { teamId: team.id });
    const bobs = await ok(t, 'GET', `${url}&teamId=${team.id as string}`, h.ws.token);
    expect(bobs.people).toEqual([bob]);

    const csv = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="people-2026-11-01-2026-11-30.csv"',
    );
    const rows = Papa.parse<Record<string, string | number>>(csv.raw.toString('utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data.map((r) => [
      r.Calls,
      r.Meetings,
      r.Activities,
      r['Deals created'],
      r.Won,
      r['Won value'],
      r.Lost,
      r.Stuck,
      r['Without a next step'],
    ]);
    expect(rows).toEqual([
      [1, 0, 1, 1, 0, 0, 0, 1, 2],
      [0, 1, 1, 3, 2, 3000, 3, 0, 0],
    ]);
    const xlsx = await fetchFile(t, `${url}&format=xlsx`, h.ws.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(10).value).toBe('Won value');
    expect(sheet.getRow(3).getCell(10).value).toBe(3000);
    expect(sheet.getRow(2).getCell(13).value).toBe(2);
  });

  it("measures each person's goals against the period", async () => {
    const h = await salesHistory(t);
    const goal = (userId: string, measure: string, period: string, target: number, extra = {}) =>
      ok(t, 'PUT', '/api/v1/goals', h.ws.token, { userId, measure, period, target, ...extra });
    const created = await goal(h.ws.adminId, 'deals_created', 'week', 1);
    const won = await goal(h.ws.adminId, 'won_value', 'month', 3000);
    const calls = await goal(h.bob.id, 'activities_done', 'month', 2, { activityType: 'call' });
    const leads = await goal(h.bob.id, 'leads_worked', 'week', 1);
    // Bob works one lead twice in November (one lead), and another in December.
    t.clock.set('2026-11-25T09:00:00Z');
    await ok(t, 'POST', '/api/v1/activities', h.ws.token, {
      type: 'call',
      subject: 'Qualifying call',
      doneAt: '2026-11-25T09:00:00Z',
      dealId: h.deals.e,
      ownerId: h.bob.id,
    });
    const lead = async (name: string) =>
      (
        await ok(t, 'POST', '/api/v1/leads', h.ws.token, {
          name,
          source: { channel: 'inbound' },
          ownerId: h.bob.id,
        })
      ).id as string;
    const status = (id: string, to: string) =>
      ok(t, 'POST', `/api/v1/leads/${id}/status`, h.ws.token, { status: to });
    const november = await lead('Worked in November');
    await status(november, 'contacted');
    t.clock.set('2026-11-26T09:00:00Z');
    await status(november, 'replied');
    t.clock.set('2026-12-02T09:00:00Z');
    await status(await lead('Worked in December'), 'contacted');
    t.clock.set('2026-12-03T12:00:00Z');

    const url = '/api/v1/reports/people?from=2026-11-01&to=2026-11-30';
    const report = await ok(t, 'GET', url, h.ws.token);
    const goalsOf = (userId: string) =>
      (report.people as { userId: string; goals: unknown[] }[]).find((p) => p.userId === userId)
        ?.goals;
    // November is over on 3 December: the whole target is due.
    expect(goalsOf(h.ws.adminId)).toEqual([
      {
        goalId: created.id,
        measure: 'deals_created',
        activityType: null,
        period: 'week',
        target: 1,
        periodTarget: 4, // 30 days are 4.29 weeks
        actual: 3, // A, B, C
        progress: 0.75,
        expectedToDate: 4,
        status: 'behind',
      },
      {
        goalId: won.id,
        measure: 'won_value',
        activityType: null,
        period: 'month',
        target: 3000,
        periodTarget: 3000,
        actual: 3000, // A 1000 + B 2000
        progress: 1,
        expectedToDate: 3000,
        status: 'met',
      },
    ]);
    expect(goalsOf(h.bob.id)).toEqual([
      expect.objectContaining({ goalId: calls.id, periodTarget: 2, actual: 1, progress: 0.5 }),
      expect.objectContaining({ goalId: leads.id, periodTarget: 4, actual: 1, progress: 0.25 }),
    ]);

    // Half of December has gone by on 16 December: half of the monthly target is due so far.
    t.clock.set('2026-12-16T12:00:00Z');
    const december = await ok(
      t,
      'GET',
      '/api/v1/reports/people?from=2026-12-01&to=2026-12-31',
      h.ws.token,
    );
    const bobInDecember = (
      december.people as { userId: string; goals: Record<string, unknown>[] }[]
    ).find((p) => p.userId === h.bob.id)!;
    expect(bobInDecember.goals[1]).toMatchObject({
      measure: 'leads_worked',
      periodTarget: 4, // 31 days are 4.43 weeks
      actual: 1,
      expectedToDate: 2.1, // 16 of 31 days
      status: 'behind',
    });

    const csv = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    const rows = Papa.parse<Record<string, string>>(csv.raw.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.Goals)).toEqual([
      'Calls done / month 1/2; Leads worked / week 1/4',
      'Deals created / week 3/4; Won value / month 3000/3000',
    ]);

    // A reader who speaks Polish gets the file in Polish.
    await ok(t, 'PATCH', '/api/v1/me', h.ws.token, { locale: 'pl' });
    const polish = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    const [header] = Papa.parse<string[]>(polish.raw.toString('utf8')).data;
    expect(header).toContain('Bez następnego kroku');
    expect(polish.raw.toString('utf8')).toContain('Odbyte rozmowy / miesiąc 1/2');
  });

  it('refuses a bad format', async () => {
    const h = await salesHistory(t);
    const bad = await t.request('GET', '/api/v1/reports/people?format=pdf', { token: h.ws.token });
    expect(errorPaths(bad)).toEqual(['format']);
  });
});
