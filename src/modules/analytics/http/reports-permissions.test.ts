// Record permissions reach the reports (issue 16 item 3): a member who may see only their own
// records reads every report over their own records — the same numbers an admin reads when they
// filter the report by that member — and never another person's deal in a list.
import { expect, it } from 'vitest';
import { ok, salesHistory, type SalesHistory } from '../../../server/test/sales-history.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const PERIOD = 'from=2026-10-01&to=2026-12-31';
const DEAL_REPORTS = ['funnel', 'velocity', 'stuck', 'loss-reasons', 'forecast'];

/** Members see and edit only their own records from now on. */
function membersSeeTheirOwn(t: TestApp, h: SalesHistory) {
  return ok(t, 'PATCH', `/api/v1/workspaces/${h.ws.workspaceId}`, h.ws.token, {
    settings: {
      permissions: { manager: { view: 'all', edit: 'all' }, member: { view: 'own', edit: 'own' } },
    },
  });
}

/** A report's answer without the echo of its filters (which names the owner asked for). */
function numbers(report: Record<string, unknown>) {
  const { filters: _filters, ...rest } = report;
  return rest;
}

describeApi('reports under record permissions', (t) => {
  it("a member who sees only their own deals gets each deal report over their own deals, not the admin's", async () => {
    const h = await salesHistory(t);
    t.clock.set('2026-11-25T10:00:00Z');
    // The admin's own deal, idle in Lead since: stuck on everyone's report, not on Bob's.
    await ok(t, 'POST', '/api/v1/deals', h.ws.token, {
      title: 'F',
      pipelineId: h.pipelineId,
      value: 100,
      expectedCloseDate: '2026-12-20',
    });
    t.clock.set('2026-12-03T12:00:00Z');
    await membersSeeTheirOwn(t, h);
    for (const report of DEAL_REPORTS) {
      const url = `/api/v1/reports/${report}?${PERIOD}&pipelineId=${h.pipelineId}`;
      const asBob = await ok(t, 'GET', url, h.bob.token);
      const bobsByAdmin = await ok(t, 'GET', `${url}&ownerId=${h.bob.id}`, h.ws.token);
      const everyone = await ok(t, 'GET', url, h.ws.token);
      expect(numbers(asBob), report).toEqual(numbers(bobsByAdmin));
      expect(numbers(asBob), report).not.toEqual(numbers(everyone));
    }

    const stuck = await ok(t, 'GET', `/api/v1/reports/stuck`, h.bob.token);
    const owners = (stuck.owners as { ownerId: string }[]).map((owner) => owner.ownerId);
    expect(owners).toEqual([h.bob.id]);
  });

  it('asking for another owner returns nothing of theirs, not their numbers', async () => {
    const h = await salesHistory(t);
    t.clock.set('2026-12-03T12:00:00Z');
    await membersSeeTheirOwn(t, h);
    const url = `/api/v1/reports/loss-reasons?${PERIOD}&ownerId=${h.ws.adminId}`;
    const asAdmin = await ok(t, 'GET', url, h.ws.token);
    const asBob = await ok(t, 'GET', url, h.bob.token);
    expect(JSON.stringify(asAdmin)).toContain('Price');
    expect(JSON.stringify(asBob)).not.toContain('Price');
  });
});
