import { expect, it } from 'vitest';
import { ok, salesHistory } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

// Issue 17 item 5: report defaults show data when the workspace has any (ADR 033). November's
// deals were won within the month; read in mid-March, "the last three months" (January to
// March) has nothing won, while the default, the last twelve months, still holds November.
describeApi('reports: the default period', (t) => {
  it('reads the twelve months up to today, so what was won this year shows', async () => {
    const h = await salesHistory(t);
    t.clock.set('2027-03-15T10:00:00Z');
    const token = h.ws.token;
    const year = { from: '2026-04-01', to: '2027-03-15' };

    const funnel = await ok(t, 'GET', `/api/v1/reports/funnel?pipelineId=${h.pipelineId}`, token);
    expect(funnel.filters).toMatchObject(year);
    expect(funnel.won).toMatchObject({ count: 2, value: 3000 });
    const quarter = await ok(
      t,
      'GET',
      `/api/v1/reports/funnel?pipelineId=${h.pipelineId}&from=2027-01-01&to=2027-03-15`,
      token,
    );
    expect(quarter.won).toMatchObject({ count: 0 }); // what the old default showed

    const people = await ok(t, 'GET', '/api/v1/reports/people', token);
    expect(people.filters).toMatchObject(year);
    const won = (people.people as { won: { count: number } }[]).reduce(
      (sum, p) => sum + p.won.count,
      0,
    );
    expect(won).toBe(2);

    const losses = await ok(t, 'GET', '/api/v1/reports/loss-reasons', token);
    expect(losses.filters).toMatchObject(year);
    expect(losses.total).toMatchObject({ count: 2, value: 1499 }); // X and C (B was won after)

    // What-if measures the same deals won as the people report, and a win rate above 0.
    const whatIf = await ok(t, 'POST', '/api/v1/reports/what-if', token, {
      pipelineId: h.pipelineId,
    });
    expect(whatIf.filters).toMatchObject(year);
    expect(whatIf.measured).toMatchObject({ won: { count: won } });
    expect((whatIf.winRate as { baseline: number }).baseline).toBeGreaterThan(0);
  });
});
