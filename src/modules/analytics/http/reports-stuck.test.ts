import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { errorPaths } from '../../../server/test/problem-assertions.ts';
import { fetchFile, ok, salesHistory } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('reports: stuck and hygiene', (t) => {
  it('lists per person the stuck deals, deals without a next step and overdue activities', async () => {
    const h = await salesHistory(t);
    t.clock.set('2026-12-01T10:00:00Z');
    const call = await ok(t, 'POST', '/api/v1/activities', h.ws.token, {
      type: 'call',
      subject: 'Call D',
      dueAt: '2026-12-02T09:00:00Z',
      dealId: h.deals.d,
      ownerId: h.bob.id,
    });
    const list = await ok(t, 'POST', '/api/v1/activities', h.ws.token, {
      type: 'task',
      subject: 'Clean the list',
      dueAt: '2026-12-02T08:00:00Z',
    });
    t.clock.set('2026-12-03T12:00:00Z');
    const report = await ok(t, 'GET', '/api/v1/reports/stuck', h.ws.token);
    expect(report.asOf).toBe('2026-12-03T12:00:00.000Z');
    expect(report.totals).toEqual({ stuck: 1, withoutNextStep: 1, overdueActivities: 2 });
    const e = {
      dealId: h.deals.e,
      title: 'E',
      stageId: h.stages.lead,
      stageName: 'Lead',
      idleDays: 13.08, // in Lead since 20 Nov 10:00, rot days 3
    };
    expect(report.owners).toEqual([
      {
        ownerId: h.bob.id,
        ownerName: 'A member',
        stuck: [e],
        withoutNextStep: [e], // D has a planned call
        overdueActivities: [
          {
            activityId: call.id,
            type: 'call',
            subject: 'Call D',
            dueAt: '2026-12-02T09:00:00.000Z',
            dealId: h.deals.d,
            dealTitle: 'D',
          },
        ],
      },
      {
        ownerId: h.ws.adminId,
        ownerName: expect.stringMatching(/^Admin /),
        stuck: [],
        withoutNextStep: [],
        overdueActivities: [
          {
            activityId: list.id,
            type: 'task',
            subject: 'Clean the list',
            dueAt: '2026-12-02T08:00:00.000Z',
            dealId: null,
            dealTitle: null,
          },
        ],
      },
    ]);
    const inPipeline = await ok(
      t,
      'GET',
      `/api/v1/reports/stuck?pipelineId=${h.pipelineId}`,
      h.ws.token,
    );
    expect(inPipeline.totals).toEqual({ stuck: 1, withoutNextStep: 1, overdueActivities: 1 });
    const admins = await ok(t, 'GET', `/api/v1/reports/stuck?ownerId=${h.ws.adminId}`, h.ws.token);
    expect(admins.totals).toEqual({ stuck: 0, withoutNextStep: 0, overdueActivities: 1 });

    const csv = await fetchFile(t, '/api/v1/reports/stuck?format=csv&from=2026-12-01', h.ws.token);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="stuck-2026-12-01-2026-12-03.csv"',
    );
    const rows = Papa.parse<Record<string, string | number | null>>(csv.raw.toString('utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data.map((r) => [r.Owner, r.Kind, r.Deal, r['Idle, days'], r.Activity]);
    expect(rows).toEqual([
      ['A member', 'Stuck', 'E', 13.08, null],
      ['A member', 'Without a next step', 'E', 13.08, null],
      ['A member', 'Overdue activity', 'D', null, 'Call D'],
      [expect.stringMatching(/^Admin /), 'Overdue activity', null, null, 'Clean the list'],
    ]);
    const xlsx = await fetchFile(t, '/api/v1/reports/stuck?format=xlsx', h.ws.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).getCell(3).value).toBe('Stuck');
    expect(sheet.getRow(2).getCell(7).value).toBe(13.08);
  });

  it('refuses bad filters', async () => {
    const h = await salesHistory(t);
    const bad = await t.request('GET', '/api/v1/reports/stuck?ownerId=x&teamId=y&to=tomorrow', {
      token: h.ws.token,
    });
    expect(errorPaths(bad).sort()).toEqual(['ownerId', 'teamId', 'to']);
  });
});
