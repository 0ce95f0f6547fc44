// Issue 16, "Trust": what an anonymous visitor types into a public web form reaches a manager's
// export as text, never as a live formula. Read back by a reader of our own, not by the
// libraries that wrote the files (src/server/test/spreadsheet-reader.ts).
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { fetchFile } from '../../../server/test/sales-history.ts';
import { parseCsv, readXlsx } from '../../../server/test/spreadsheet-reader.ts';
import { describeApi } from '../../../server/test/test-app.ts';

const HYPERLINK = '=HYPERLINK("http://evil","x")';
const crossSite = { origin: 'https://shop.example.com', 'sec-fetch-site': 'cross-site' };

describeApi('report exports are safe to open', (t) => {
  it('a formula typed into a public form is text in the CSV and XLSX exports', async () => {
    const ws = await freshWorkspace(t);
    const form = await t.request('POST', '/api/v1/forms', {
      token: ws.token,
      body: { name: 'Contact us' },
    });
    expect(form.status).toBe(201);
    t.clock.set('2026-11-10T10:00:00Z');
    const submissions = [
      { utm_medium: HYPERLINK, utm_campaign: '@SUM(1+1)' },
      { utm_medium: 'cpc', utm_campaign: '+1-2' },
      { utm_medium: 'cpc', utm_campaign: '-2+3' },
    ];
    for (const utm of submissions) {
      const sent = await t.request('POST', `/api/v1/forms/${String(form.body.key)}/submissions`, {
        headers: crossSite,
        body: { name: 'Visitor', ...utm },
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    }
    const url = '/api/v1/reports/sources?from=2026-11-01&to=2026-11-30&groupBy=campaign';

    const csv = await fetchFile(t, `${url}&format=csv`, ws.token);
    expect(csv.status).toBe(200);
    const [header, ...records] = parseCsv(csv.raw.toString('utf8'));
    const column = (name: string) => header!.indexOf(name);
    const sources = records.filter((r) => r[0] === 'Source');
    const cells = (name: string) => sources.map((r) => r[column(name)]).sort();
    expect(cells('Campaign')).toEqual(["'+1-2", "'-2+3", "'@SUM(1+1)"]);
    expect(cells('Medium')).toEqual([`'${HYPERLINK}`, 'Paid ads (CPC)', 'Paid ads (CPC)']);
    // Numbers are not touched: each source has one lead, the total three.
    expect(cells('Leads')).toEqual(['1', '1', '1']);
    expect(records.find((r) => r[0] === 'Total')?.[column('Leads')]).toBe('3');

    const xlsx = await fetchFile(t, `${url}&format=xlsx`, ws.token);
    expect(xlsx.status).toBe(200);
    const { cells: sheet, sheetXml } = readXlsx(xlsx.raw);
    expect(sheetXml).not.toMatch(/<f[\s>/]/);
    const all = [...sheet.values()];
    expect(all.filter((c) => c.formula !== null)).toEqual([]);
    for (const typed of [HYPERLINK, '@SUM(1+1)', '+1-2', '-2+3']) {
      const cell = all.find((c) => c.value === typed);
      // A shared string (text, as typed) in the Text format, so re-editing it keeps it text.
      expect(cell, typed).toMatchObject({ type: 's', numFmtId: 49, formula: null });
    }
    const harmless = all.find((c) => c.value === 'Paid ads (CPC)');
    expect(harmless).toMatchObject({ type: 's', numFmtId: 0 });
    const leadCounts = all.filter((c) => c.ref.startsWith('E') && c.ref !== 'E1');
    expect(leadCounts.map((c) => [c.type, c.value])).toEqual([
      ['n', '1'],
      ['n', '1'],
      ['n', '1'],
      ['n', '3'],
    ]);
  });
});
