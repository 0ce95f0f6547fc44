import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { sortedErrorPaths } from '../../../server/test/problem-assertions.ts';
import { ok } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('workspace exchange rates: deal amounts in the base currency', (t) => {
  it('stores the rates and refuses bad codes and rates, changing nothing', async () => {
    const ws = await freshWorkspace(t, { currency: 'PLN' });
    const url = `/api/v1/workspaces/${ws.workspaceId}`;
    const saved = await ok(t, 'PATCH', url, ws.token, {
      settings: { exchangeRates: { EUR: 4.31, USD: 3.98 } },
    });
    expect(saved.settings).toMatchObject({ exchangeRates: { EUR: 4.31, USD: 3.98 } });

    const bad = await t.request('PATCH', url, {
      token: ws.token,
      body: { settings: { exchangeRates: { eur: 4.3, GBP: -1 } } },
    });
    expect(sortedErrorPaths(bad)).toEqual([
      'settings.exchangeRates.GBP',
      'settings.exchangeRates.eur',
    ]);
    const after = await ok(t, 'GET', url, ws.token);
    expect(after.settings).toMatchObject({ exchangeRates: { EUR: 4.31, USD: 3.98 } });
  });

  it('converts won deals and open pipeline at the rates; a currency without a rate is left out', async () => {
    t.clock.set('2026-11-25T10:00:00Z');
    const ws = await freshWorkspace(t, { currency: 'PLN', timezone: 'Europe/Warsaw' });
    await ok(t, 'PATCH', `/api/v1/workspaces/${ws.workspaceId}`, ws.token, {
      settings: { requireNextActivity: false, exchangeRates: { EUR: 4.3 } },
    });
    const pipeline = await ok(t, 'POST', '/api/v1/pipelines', ws.token, {
      name: 'Export',
      stages: [{ name: 'Offer', probability: 50 }],
    });
    const deal = async (title: string, value: number, currency: string) =>
      (
        await ok(t, 'POST', '/api/v1/deals', ws.token, {
          title,
          pipelineId: pipeline.id,
          value,
          currency,
          expectedCloseDate: '2026-12-20',
        })
      ).id as string;
    const euro = await deal('Berlin', 1000, 'EUR');
    const pound = await deal('London', 500, 'GBP');
    await deal('Vienna', 200, 'EUR'); // stays open
    await ok(t, 'POST', `/api/v1/deals/${euro}/win`, ws.token, {});
    await ok(t, 'POST', `/api/v1/deals/${pound}/win`, ws.token, {});

    const preview = await ok(t, 'POST', '/api/v1/metrics/preview', ws.token, {
      metric: { sum: { event: 'deal.won' } },
    });
    expect((preview.values as (number | null)[]).at(-1)).toBe(4300);

    const forecast = await ok(t, 'GET', '/api/v1/reports/forecast', ws.token);
    expect(forecast.total).toMatchObject({ count: 1, value: 860, weighted: 430 });
  });
});
