import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { fetchFile, ok, salesHistory } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('reports: forecast', (t) => {
  it('weighs open deals by stage probability per close month and owner', async () => {
    const h = await salesHistory(t);
    t.clock.set('2026-12-01T10:00:00Z');
    const patch = (id: string, expectedCloseDate: string) =>
      ok(t, 'PATCH', `/api/v1/deals/${id}`, h.ws.token, { expectedCloseDate });
    await patch(h.deals.e, '2026-11-28');
    await patch(h.deals.d, '2026-12-15');
    const create = async (title: string, value: number, stageId: string, date: string | null) =>
      (
        await ok(t, 'POST', '/api/v1/deals', h.ws.token, {
          title,
          pipelineId: h.pipelineId,
          stageId,
          value,
          expectedCloseDate: date,
        })
      ).id as string;
    const f = await create('F', 1000, h.stages.offer, '2027-01-10');
    const g = await create('G', 250, h.stages.contract, null);
    await create('In euro', 5000, h.stages.offer, '2027-01-10').then((id) =>
      ok(t, 'PATCH', `/api/v1/deals/${id}`, h.ws.token, { currency: 'EUR' }),
    );

    t.clock.set('2026-12-03T12:00:00Z');
    const report = await ok(t, 'GET', '/api/v1/reports/forecast', h.ws.token);
    expect(report.today).toBe('2026-12-03');
    expect(report.closingInPeriod).toBe(false);
    expect(report.total).toEqual({ count: 5, value: 1950, weighted: 895, pastDue: 1 });
    expect(report.months).toEqual([
      { month: '2026-11', count: 1, value: 300, weighted: 30 },
      { month: '2026-12', count: 1, value: 400, weighted: 40 },
      { month: '2027-01', count: 2, value: 1000, weighted: 600 }, // the euro deal has no PLN value
      { month: null, count: 1, value: 250, weighted: 225 },
    ]);
    expect(
      (report.owners as Record<string, unknown>[]).map((o) => [
        o.ownerId,
        o.count,
        o.value,
        o.weighted,
        (o.months as { month: string | null }[]).map((m) => m.month),
      ]),
    ).toEqual([
      [h.ws.adminId, 3, 1250, 825, ['2027-01', null]],
      [h.bob.id, 2, 700, 70, ['2026-11', '2026-12']],
    ]);
    const deals = (report.deals as Record<string, unknown>[]).map((d) => [
      d.title,
      d.probability,
      d.value,
      d.weighted,
      d.pastDue,
    ]);
    expect(deals).toEqual([
      ['E', 10, 300, 30, true],
      ['D', 10, 400, 40, false],
      ['F', 60, 1000, 600, false],
      ['In euro', 60, null, 0, false],
      ['G', 90, 250, 225, false],
    ]);
    expect((report.deals as { dealId: string }[]).map((d) => d.dealId)).toContain(f);
    expect((report.deals as { dealId: string }[]).map((d) => d.dealId)).toContain(g);

    // 15 Dec 23:30 UTC is 16 Dec in Warsaw: D, expected on the 15th, is now past due.
    t.clock.set('2026-12-15T23:30:00Z');
    const later = await ok(t, 'GET', '/api/v1/reports/forecast', h.ws.token);
    expect(later.today).toBe('2026-12-16');
    expect((later.total as { pastDue: number }).pastDue).toBe(2);
    expect((later.owners as { pastDue: number }[]).map((o) => o.pastDue)).toEqual([0, 2]);
    const december = await ok(
      t,
      'GET',
      `/api/v1/reports/forecast?from=2026-12-01&to=2026-12-31&ownerId=${h.bob.id}`,
      h.ws.token,
    );
    expect(december.closingInPeriod).toBe(true);
    expect(december.total).toEqual({ count: 1, value: 400, weighted: 40, pastDue: 1 });

    const url = '/api/v1/reports/forecast?from=2026-11-01&to=2027-01-31';
    const csv = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="forecast-2026-11-01-2027-01-31.csv"',
    );
    const rows = Papa.parse<Record<string, string | number | boolean | null>>(
      csv.raw.toString('utf8'),
      { header: true, dynamicTyping: true, skipEmptyLines: true },
    ).data.map((r) => [
      r.Deal,
      r['Probability, %'],
      r.Value,
      r['Weighted value'],
      r.Month,
      r['Past due'],
    ]);
    expect(rows).toEqual([
      ['E', 10, 300, 30, '2026-11', 'Yes'],
      ['D', 10, 400, 40, '2026-12', 'Yes'],
      ['F', 60, 1000, 600, '2027-01', 'No'],
      ['In euro', 60, null, 0, '2027-01', 'No'],
    ]);
    const xlsx = await fetchFile(t, `${url}&format=xlsx`, h.ws.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(4).getCell(7).value).toBe(600);
    expect(sheet.getRow(4).getCell(8).value).toBe('2027-01-10');
  });
});
