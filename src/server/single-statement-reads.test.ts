// Single-statement reads (ADR 022): a GET on runner.read runs without BEGIN/COMMIT, which is only
// consistent when its use case sends ONE statement. The harness counts every read's statements
// and fails the request past one (test/statement-count.ts); here every GET of the API is called
// once, so a read that grows a second statement fails this test, not silently in production.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { EVERY_RECORD, type Deps } from '../kernel/app/context.ts';
import { everyGetUrl, populatedWorkspace } from './test/populated-workspace.ts';
import { describeApi } from './test/test-app.ts';

/** The use cases the routes run with runner.read; each must be one statement. */
const READS = [
  ...['listWorkspaces', 'getWorkspace', 'listUsers', 'getUser', 'listTeams', 'listTokens'],
  ...['listInvitations', 'listWorkspaceInvitations'],
  ...['getCompany', 'getContact'],
  ...['getPipeline', 'listLostReasons', 'listActivities', 'getActivity', 'listDeals', 'getDeal'],
  ...['listLeads', 'getLead', 'listForms'],
  ...['listGoals', 'listChannelCosts'],
  'listAuditLog',
  'getFirstSteps',
  ...['downloadDealFile', 'listMyMentions'],
  'listProducts',
  'listDisqualificationReasons',
];

describeApi('single-statement reads', (t) => {
  it('answers every GET on runner.read with exactly one statement', async () => {
    const { token, ids, pipelineId } = await populatedWorkspace(t);
    const gets = everyGetUrl(t.app, ids, pipelineId);
    // The deal filters add subqueries, never statements.
    gets.push(
      `/api/v1/deals?pipelineId=${pipelineId}&stuck=true&noNextActivity=false&teamId=${ids.teams}&limit=1`,
      // The audit log's period is in the workspace's zone: a subquery, not a statement.
      '/api/v1/audit?from=2026-01-01&to=2026-12-31&action=pipeline.created&limit=1',
    );
    const seen = new Map<string, number[]>();
    for (const url of gets) {
      t.statements.calls.length = 0;
      const answer = await t.request('GET', url, { token });
      expect(answer.status, `GET ${url}: ${JSON.stringify(answer.body)}`).toBe(200);
      for (const call of t.statements.calls.filter((c) => c.path === 'read')) {
        seen.set(call.useCase, [...(seen.get(call.useCase) ?? []), call.statements.length]);
      }
    }
    expect(Object.fromEntries(seen)).toEqual(
      Object.fromEntries(READS.map((name) => [name, expect.arrayContaining([1])])),
    );
    for (const [useCase, counts] of seen) {
      expect(counts, useCase).toEqual(counts.map(() => 1));
    }
  });

  it('fails a read that sends a second statement, and authenticates in one', async () => {
    const { token } = await populatedWorkspace(t);
    const twoStatements = async (_input: void, { tx }: Deps) => {
      await tx.execute(sql`select 1`);
      await tx.execute(sql`select 2`);
    };
    const actor = {
      userId: 'u',
      workspaceId: 'w',
      role: 'admin' as const,
      scopes: ['api' as const],
      records: EVERY_RECORD,
      delegated: false,
    };
    await expect(t.runner.read(twoStatements, undefined, actor)).rejects.toThrow(
      /runner\.read\(twoStatements\) sent 2 statements/,
    );

    t.statements.calls.length = 0;
    expect((await t.request('GET', '/api/v1/health', { token })).status).toBe(200);
    expect(t.statements.calls.map((c) => [c.path, c.statements.length])).toEqual([
      ['runSingleStatement', 1],
    ]);
  });
});
