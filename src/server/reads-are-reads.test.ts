// Reads are reads (ADR 023): every GET of the API that opens a transaction answers inside a
// read-only one, and no table's content changes across all of them — but for a report downloaded
// as a file, which appends its audit entry (ADR 029). A GET that wrote (a lazily
// created map version, a median stored by the dashboard) would fail here. (A GET on runner.read
// opens none — it is one statement, ADR 022 — so for those the fingerprint is the check.)
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRunner } from '../kernel/app/runner.ts';
import { loadConfig } from '../kernel/config.ts';
import type { Database } from '../kernel/db/connection.ts';
import { rawRows } from '../kernel/db/raw-rows.ts';
import { buildServer } from '../kernel/http/server.ts';
import { storeLampMedians } from '../modules/map/app/store-lamp-medians.ts';
import { serverModules, serverReactions } from './modules.ts';
import { everyGetUrl, populatedWorkspace } from './test/populated-workspace.ts';
import { describeApi } from './test/test-app.ts';
import { fetchFile } from './test/sales-history.ts';

/** The same database, but every transaction the runner opens is READ ONLY. */
function readOnly(database: Database): Database {
  return {
    ...database,
    transaction: (fn) =>
      database.transaction(async (tx) => {
        await tx.execute(sql`set transaction read only`);
        return fn(tx);
      }),
  };
}

/**
 * Every row of every table, as text: equal before and after the GETs unless one wrote. A token's
 * `last_used_at` is left out: authentication keeps it (at most once a minute), outside the
 * use case's transaction, for every method alike.
 */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables = await rawRows<{ name: string }>(
    database.db,
    sql`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await rawRows<{ rows: number; digest: string | null }>(
      database.db,
      sql`select count(*)::int as rows,
          md5(string_agg((to_jsonb(t) - 'last_used_at')::text, '|' order by (to_jsonb(t) - 'last_used_at')::text)) as digest
        from ${sql.identifier(name)} t`,
    );
    out[name] = `${row!.rows} ${row!.digest ?? ''}`;
  }
  return out;
}

describeApi('every GET is a read', (t) => {
  let readOnlyApp: FastifyInstance;

  beforeAll(async () => {
    const runner = createRunner(readOnly(t.database), t.clock, serverReactions);
    const config = { ...loadConfig({}, {}), logLevel: 'silent' as const };
    readOnlyApp = await buildServer({ config, runner, modules: serverModules, serveWeb: false });
    await readOnlyApp.ready();
  });
  afterAll(async () => {
    await readOnlyApp.close();
  });

  it('answers every GET of the API in a read-only transaction, changing no row', async () => {
    const { token, ids, pipelineId } = await populatedWorkspace(t);
    const gets = everyGetUrl(readOnlyApp, ids, pipelineId);
    // Past weeks too: a quarter before the one the job keeps, read from the log.
    gets.push('/api/v1/lamps/readings?from=2026-W20&to=2026-W47');
    expect(gets).toEqual(
      expect.arrayContaining([
        '/api/v1/process-map',
        '/api/v1/lamps/readings',
        `/api/v1/lamps/${ids.lamps}/drilldown`,
      ]),
    );

    const before = await fingerprint(t.database);
    for (const url of gets) {
      const answer = await readOnlyApp.inject({
        method: 'GET',
        url,
        headers: { host: 'localhost:80', authorization: `Bearer ${token}` },
      });
      expect(answer.statusCode, `GET ${url}: ${answer.body}`).toBe(200);
    }
    expect(await fingerprint(t.database)).toEqual(before);
  });

  it('writes only the audit entry of a report downloaded as a file (ADR 029)', async () => {
    const { token } = await populatedWorkspace(t);
    const files = ['/api/v1/reports/stuck?format=csv', '/api/v1/reports/people?format=xlsx'];
    const before = await fingerprint(t.database);
    for (const url of files) {
      expect((await fetchFile(t, url, token)).status, `GET ${url}`).toBe(200);
    }
    const after = await fingerprint(t.database);
    const count = (print: string | undefined) => Number(print?.split(' ')[0]);
    expect(count(after.audit_entries) - count(before.audit_entries)).toBe(files.length);
    expect({ ...after, audit_entries: null }).toEqual({ ...before, audit_entries: null });
  });

  it('would catch a write: the read-only transaction refuses it, the fingerprint sees it', async () => {
    const { token } = await populatedWorkspace(t);
    // The hourly job stores closed weeks' medians; on a read-only transaction it must fail.
    const runner = createRunner(readOnly(t.database), t.clock, serverReactions);
    const me = await readOnlyApp.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { host: 'localhost:80', authorization: `Bearer ${token}` },
    });
    const workspaceId = (JSON.parse(me.body) as { workspace: { id: string } }).workspace.id;
    const refused = await runner.runPublic(storeLampMedians, { workspaceId }).then(
      () => null,
      (error: Error) => error,
    );
    expect(String((refused?.cause as Error | undefined)?.message)).toMatch(/read-only transaction/);
    // And the fingerprint sees what the job stores when it may write.
    const before = await fingerprint(t.database);
    await t.runner.runPublic(storeLampMedians, { workspaceId });
    const after = await fingerprint(t.database);
    expect(after.metric_week_values).not.toEqual(before.metric_week_values);
    expect({ ...after, metric_week_values: null }).toEqual({
      ...before,
      metric_week_values: null,
    });
  });
});
