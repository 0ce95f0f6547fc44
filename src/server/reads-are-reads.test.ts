// Reads are reads (ADR 023): every GET of the API answers inside a read-only transaction, and no
// table's content changes across all of them. A GET that wrote (a lazily created map version, a
// median stored by the dashboard) would fail here.
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
import { freshWorkspace } from './test/fresh-workspace.ts';
import { describeApi, type TestApp } from './test/test-app.ts';

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

type Json = Record<string, unknown>;

async function ok(t: TestApp, method: string, url: string, token: string, body?: unknown) {
  const answer = await t.request(method, `/api/v1${url}`, { token, body });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body as Json;
}

/**
 * A workspace on the end-to-end template (its map has median, count, ratio, state and manual
 * lamps) with one of everything the GETs list, and contacts logged in a week that has closed
 * since: the dashboard then has closed weeks' medians it could be tempted to store.
 */
async function populatedWorkspace(t: TestApp) {
  const admin = await freshWorkspace(t);
  const created = await ok(t, 'POST', '/workspaces', admin.token, {
    name: 'Reads',
    locale: 'en',
    timezone: 'Europe/Warsaw',
    currency: 'PLN',
    template: 'end-to-end',
  });
  const token = created.apiToken as string;
  const workspaceId = (created.workspace as Json).id as string;
  const me = await ok(t, 'GET', '/me', token);
  const userId = (me.user as Json).id as string;

  const pipelines = (await ok(t, 'GET', '/pipelines', token)).items as Json[];
  const pipeline = pipelines[0]!;
  const stageId = (pipeline.stages as Json[])[0]!.id as string;
  const company = await ok(t, 'POST', '/companies', token, { name: 'ACME' });
  const contact = await ok(t, 'POST', '/contacts', token, {
    name: 'Ada Lovelace',
    companyId: company.id,
  });
  const team = await ok(t, 'POST', '/teams', token, { name: 'North' });
  await ok(t, 'POST', '/forms', token, { name: 'Contact us' });
  await ok(t, 'PUT', '/goals', token, {
    userId,
    measure: 'deals_won',
    period: 'month',
    target: 3,
  });
  await ok(t, 'PUT', '/channel-costs', token, {
    month: '2026-11',
    channel: 'inbound',
    amount: 1000,
  });

  t.clock.set('2026-11-17T09:00:00Z'); // Tuesday of 2026-W47
  const lead = await ok(t, 'POST', '/leads', token, {
    name: 'Ben',
    source: { channel: 'inbound', medium: 'web_form' },
  });
  const deal = await ok(t, 'POST', '/deals', token, {
    title: 'ACME — 40 licences',
    pipelineId: pipeline.id,
    stageId,
    value: 12_000,
    companyId: company.id,
    contactId: contact.id,
  });
  t.clock.set('2026-11-18T09:00:00Z');
  await ok(t, 'POST', '/activities', token, {
    type: 'call',
    subject: 'First call',
    leadId: lead.id,
    doneAt: '2026-11-18T09:00:00Z',
  });
  const activity = await ok(t, 'POST', '/activities', token, {
    type: 'meeting',
    subject: 'Demo',
    dealId: deal.id,
    dueAt: '2026-11-30T09:00:00Z',
  });
  const map = await ok(t, 'GET', '/process-map', token);
  const lamp = (map.groups as Json[]).flatMap((g) => g.lamps as Json[])[0]!;

  t.clock.set('2026-11-24T10:00:00Z'); // Tuesday of W48: W47 has closed
  return {
    token,
    ids: {
      workspaces: workspaceId,
      users: userId,
      companies: company.id as string,
      contacts: contact.id as string,
      pipelines: pipeline.id as string,
      deals: deal.id as string,
      activities: activity.id as string,
      leads: lead.id as string,
      lamps: lamp.id as string,
      teams: team.id as string,
    } as Record<string, string>,
    pipelineId: pipeline.id as string,
  };
}

interface Operation {
  parameters?: { in: string; name: string; required?: boolean }[];
}

/** A GET of the OpenAPI document with its parameters filled in (ids of what was created). */
function urlOf(
  path: string,
  operation: Operation,
  ids: Record<string, string>,
  pipelineId: string,
): string {
  const filled = path.replace(/\/([a-z-]+)\/\{id\}/g, (_, resource: string) => {
    const id = ids[resource];
    if (!id) throw new Error(`No id for ${path}: add the resource to populatedWorkspace`);
    return `/${resource}/${id}`;
  });
  if (filled.includes('{')) throw new Error(`Unfilled parameter in ${path}`);
  const query = (operation.parameters ?? [])
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => {
      // Every query parameter a GET requires is a pipeline (stage totals, funnel, velocity).
      if (p.name !== 'pipelineId') throw new Error(`No value for ${p.name} of ${path}`);
      return `pipelineId=${pipelineId}`;
    });
  return query.length ? `${filled}?${query.join('&')}` : filled;
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
    const document = readOnlyApp.swagger() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const gets = Object.entries(document.paths).flatMap(([path, operations]) =>
      operations.get ? [urlOf(path, operations.get, ids, pipelineId)] : [],
    );
    // Past weeks too: a quarter before the one the job keeps, read from the log.
    gets.push('/api/v1/lamps/readings?from=2026-W20&to=2026-W47');
    gets.push('/api/v1/reports/stuck?format=csv', '/api/v1/reports/people?format=xlsx');
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
