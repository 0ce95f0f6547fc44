import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** The id of a workspace's first active disqualification reason (every workspace has the list). */
export async function aDisqualificationReason(t: TestApp, token: string): Promise<string> {
  const list = await t.request('GET', '/api/v1/disqualification-reasons?active=true', { token });
  expect(list.status, JSON.stringify(list.body)).toBe(200);
  const items = list.body.items as { id: string }[];
  expect(items.length).toBeGreaterThan(0);
  return items[0]!.id;
}
