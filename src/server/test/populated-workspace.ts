// A workspace with one of everything the API's GETs show, and every GET's URL filled in for it:
// for the tests that call every GET (reads are reads, single-statement reads).
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { freshWorkspace } from './fresh-workspace.ts';
import type { TestApp } from './test-app.ts';

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
export async function populatedWorkspace(t: TestApp) {
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
  await ok(t, 'POST', `/deals/${deal.id as string}/notes`, token, { text: `Hi <@${userId}>` });
  const file = await t.app.inject({
    method: 'POST',
    url: `/api/v1/deals/${deal.id as string}/files?name=offer.pdf`,
    headers: {
      host: 'localhost:80',
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
    },
    payload: Buffer.from('%PDF-1.4'),
  });
  expect(file.statusCode, file.body).toBe(201);
  const product = await ok(t, 'POST', '/products', token, { name: 'Licence', unit: 'pcs' });
  const priceList = await ok(t, 'POST', '/price-lists', token, {
    name: 'Standard',
    currency: 'PLN',
    prices: [{ productId: product.id, unitPrice: 300 }],
  });
  await ok(t, 'PUT', `/deals/${deal.id as string}/line-items`, token, {
    items: [{ productId: product.id, quantity: 40 }],
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
      files: file.json<{ id: string }>().id,
      'price-lists': priceList.id as string,
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
  // A record under another (a deal's file): its own kind's id, by the parameter's name.
  const nested = filled.replace(/\/([a-z-]+)\/\{(\w+)Id\}/g, (_, resource: string) => {
    const id = ids[resource];
    if (!id) throw new Error(`No id for ${path}: add the resource to populatedWorkspace`);
    return `/${resource}/${id}`;
  });
  if (nested.includes('{')) throw new Error(`Unfilled parameter in ${path}`);
  const query = (operation.parameters ?? [])
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => {
      // The search's words: every record of the workspace is found by some of them.
      if (p.name === 'q') return 'q=a';
      // Every other query parameter a GET requires is a pipeline (stage totals, funnel, velocity).
      if (p.name !== 'pipelineId') throw new Error(`No value for ${p.name} of ${path}`);
      return `pipelineId=${pipelineId}`;
    });
  return query.length ? `${nested}?${query.join('&')}` : nested;
}

/** Every GET path of the app's OpenAPI document, filled in for a populated workspace. */
export function everyGetUrl(
  app: FastifyInstance,
  ids: Record<string, string>,
  pipelineId: string,
): string[] {
  const document = app.swagger() as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    operations.get ? [urlOf(path, operations.get, ids, pipelineId)] : [],
  );
}
