// Shared setup for the catalogue's API suites: products and price lists through the API.
import { expect } from 'vitest';
import type { WorkspaceFixture } from './fresh-workspace.ts';
import type { TestApp } from './test-app.ts';

export async function productIn(
  t: TestApp,
  ws: WorkspaceFixture,
  body: Record<string, unknown> = {},
): Promise<string> {
  const answer = await t.request('POST', '/api/v1/products', {
    token: ws.token,
    body: { name: 'CRM licence', ...body },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id as string;
}

export async function priceListIn(
  t: TestApp,
  ws: WorkspaceFixture,
  body: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const answer = await t.request('POST', '/api/v1/price-lists', {
    token: ws.token,
    body: { name: 'Standard', currency: 'PLN', ...body },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return { id: answer.body.id as string, version: answer.body.version as number };
}
