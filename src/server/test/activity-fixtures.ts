// Shared setup for the activities API suites: the answer shape, requests and direct reads.
import { and, asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { newId } from '../../kernel/db/ids.ts';
import { deals } from '../../modules/conveyor/db/schema.ts';
import { events } from '../../kernel/db/schema/events.ts';
import type { WorkspaceFixture } from './fresh-workspace.ts';
import type { TestApp } from './test-app.ts';

export interface Activity {
  id: string;
  type: string;
  subject: string;
  dueAt: string | null;
  doneAt: string | null;
  outcome: string | null;
  dealId: string | null;
  leadId: string | null;
  contactId: string | null;
  companyId: string | null;
  ownerId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  state: 'planned' | 'overdue' | 'done';
}

export const URL = '/api/v1/activities';
export const HOUR = 3_600_000;
export const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

export async function create(t: TestApp, token: string, body: unknown): Promise<Activity> {
  const answer = await t.request('POST', URL, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  expect(answer.headers.etag).toBe(`"${answer.body.version as number}"`);
  return answer.body as unknown as Activity;
}

export async function list(t: TestApp, token: string, query: string) {
  const answer = await t.request('GET', `${URL}?${query}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as { items: Activity[]; nextCursor: string | null };
}

/** A pipeline through the API and a deal row inserted directly (before the deals API exists). */
export async function dealIn(
  t: TestApp,
  ws: WorkspaceFixture,
  extra: { ownerId?: string; status?: string; lastActivityAt?: Date } = {},
) {
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: `Sales ${randomUUID().slice(0, 6)}`, stages: [{ name: 'A' }, { name: 'B' }] },
  });
  expect(pipeline.status, JSON.stringify(pipeline.body)).toBe(201);
  const pipelineId = pipeline.body.id as string;
  const stageId = (pipeline.body.stages as { id: string }[])[0]!.id;
  const id = newId();
  await t.database.db.insert(deals).values({
    workspaceId: ws.workspaceId,
    id,
    title: 'ACME — 40 licences',
    pipelineId,
    stageId,
    currency: 'PLN',
    stageEnteredAt: new Date(Date.now() - 10 * 24 * HOUR),
    ownerId: extra.ownerId ?? ws.adminId,
    status: extra.status ?? 'open',
    lastActivityAt: extra.lastActivityAt ?? null,
  });
  return { id, pipelineId, stageId };
}

export async function lastActivityAt(t: TestApp, workspaceId: string, dealId: string) {
  const [row] = await t.database.db
    .select({ at: deals.lastActivityAt })
    .from(deals)
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, dealId)));
  return row?.at ?? null;
}

export async function activityEvents(t: TestApp, workspaceId: string, activityId: string) {
  return t.database.db
    .select()
    .from(events)
    .where(and(eq(events.workspaceId, workspaceId), eq(events.activityId, activityId)))
    .orderBy(asc(events.recordedAt), asc(events.type));
}
