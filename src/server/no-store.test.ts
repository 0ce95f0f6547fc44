// Issue 16, "Trust": what a signed-in caller gets (JSON, exports, problems) is never stored by a
// browser or proxy cache (src/kernel/http/no-store.ts).
import { expect, it } from 'vitest';
import { freshWorkspace } from './test/fresh-workspace.ts';
import { fetchFile } from './test/sales-history.ts';
import { describeApi } from './test/test-app.ts';

describeApi('Cache-Control: no-store', (t) => {
  it('is on every answer to a signed-in caller: JSON, CSV, XLSX, writes and problems', async () => {
    const ws = await freshWorkspace(t);
    const report = '/api/v1/reports/sources?from=2026-11-01&to=2026-11-30';
    const answers = [
      await t.request('GET', '/api/v1/companies', { token: ws.token }),
      await t.request('GET', `/api/v1/workspaces/${ws.workspaceId}`, { token: ws.token }),
      await t.request('GET', report, { token: ws.token }),
      await fetchFile(t, `${report}&format=csv`, ws.token),
      await fetchFile(t, `${report}&format=xlsx`, ws.token),
      await t.request('POST', '/api/v1/companies', { token: ws.token, body: { name: 'ACME' } }),
      await t.request('GET', '/api/v1/companies/00000000-0000-0000-0000-000000000000', {
        token: ws.token,
      }),
      // A route that needs a caller, asked without one.
      await t.request('GET', '/api/v1/companies'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 201, 404, 401]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('leaves a public route without a caller to its own caching', async () => {
    // Health is public: nothing is imposed on it, it answers as before.
    const health = await t.request('GET', '/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.headers['cache-control']).toBeUndefined();
  });
});
