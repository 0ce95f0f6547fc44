import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { errorPaths } from '../test/problem-assertions.ts';
import { fetchFile, ok, salesHistory } from '../test/sales-history.ts';
import { describeApi } from '../test/test-app.ts';

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
      r.calls,
      r.meetings,
      r.activities,
      r.deals_created,
      r.won,
      r.won_value,
      r.lost,
      r.stuck,
      r.without_next_step,
    ]);
    expect(rows).toEqual([
      [1, 0, 1, 1, 0, 0, 0, 1, 2],
      [0, 1, 1, 3, 2, 3000, 3, 0, 0],
    ]);
    const xlsx = await fetchFile(t, `${url}&format=xlsx`, h.ws.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(10).value).toBe('won_value');
    expect(sheet.getRow(3).getCell(10).value).toBe(3000);
    expect(sheet.getRow(2).getCell(13).value).toBe(2);
  });

  it('refuses a bad format', async () => {
    const h = await salesHistory(t);
    const bad = await t.request('GET', '/api/v1/reports/people?format=pdf', { token: h.ws.token });
    expect(errorPaths(bad)).toEqual(['format']);
  });
});
