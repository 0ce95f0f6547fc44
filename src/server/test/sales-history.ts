import { expect } from 'vitest';
import { addMember, freshWorkspace, type WorkspaceFixture } from './fresh-workspace.ts';
import type { TestApp } from './test-app.ts';

export async function ok(t: TestApp, method: string, url: string, token: string, body?: unknown) {
  const answer = await t.request(method, url, { token, body });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

export interface SalesHistory {
  ws: WorkspaceFixture;
  bob: { id: string; token: string };
  pipelineId: string;
  stages: { lead: string; qualified: string; offer: string; contract: string };
  reasons: { price: string; timing: string };
  deals: Record<'x' | 'a' | 'b' | 'c' | 'd' | 'e', string>;
}

/**
 * A scripted month in Warsaw (UTC+1 in November), PLN. November's cohort is A, B, C, E:
 * X is created at 23:30 on 31 October local time and D at 00:30 on 1 December local time.
 *  - A (1000, admin): Lead 3d → Qualified 3d → Offer 6d → back to Qualified 2d → Offer 1d →
 *    Contract 1d → won (16 days after creation).
 *  - B (2000, admin): Lead 2d → Offer (skips Qualified) 13d → lost "Price"; reopened after 1d,
 *    Offer again 2d → Contract 2d → won (20 days after creation).
 *  - C (500, admin): Lead 2d → lost "Price".
 *  - E (300, Bob): created 20 Nov, stays in Lead (rot 3 days).
 *  - X (999, admin, 31 Oct): lost "Timing" on 2 Nov; D (400, Bob, 1 Dec) stays open.
 */
export async function salesHistory(t: TestApp): Promise<SalesHistory> {
  const at = (iso: string) => t.clock.set(iso);
  at('2026-10-20T10:00:00Z');
  const ws = await freshWorkspace(t, { timezone: 'Europe/Warsaw', currency: 'PLN' });
  await ok(t, 'PATCH', `/api/v1/workspaces/${ws.workspaceId}`, ws.token, {
    settings: { requireNextActivity: false },
  });
  const bob = await addMember(t, ws, 'member');
  const pipeline = await ok(t, 'POST', '/api/v1/pipelines', ws.token, {
    name: 'Sales',
    stages: [
      { name: 'Lead', probability: 10, rotDays: 3 },
      { name: 'Qualified', probability: 30 },
      { name: 'Offer', probability: 60, rotDays: 5 },
      { name: 'Contract', probability: 90 },
    ],
  });
  const [lead, qualified, offer, contract] = (pipeline.stages as { id: string }[]).map((s) => s.id);
  const stages = { lead: lead!, qualified: qualified!, offer: offer!, contract: contract! };
  const reason = async (name: string) =>
    (
      await ok(t, 'POST', '/api/v1/lost-reasons', ws.token, {
        name,
        standard: `When ${name}`,
        stageIds: null,
      })
    ).id as string;
  const reasons = { price: await reason('Price'), timing: await reason('Timing') };
  const pipelineId = pipeline.id as string;
  const deal = async (title: string, value: number, ownerId?: string) =>
    (await ok(t, 'POST', '/api/v1/deals', ws.token, { title, pipelineId, value, ownerId }))
      .id as string;
  const act = (id: string, action: string, body: object = {}) =>
    ok(t, 'POST', `/api/v1/deals/${id}/${action}`, ws.token, body);
  const move = (id: string, stageId: string) => act(id, 'move', { stageId });

  at('2026-10-31T22:30:00Z');
  const x = await deal('X', 999);
  at('2026-10-31T23:30:00Z');
  const a = await deal('A', 1000);
  at('2026-11-02T10:00:00Z');
  await act(x, 'lose', { lostReasonId: reasons.timing });
  at('2026-11-03T23:30:00Z');
  await move(a, stages.qualified);
  at('2026-11-05T10:00:00Z');
  const b = await deal('B', 2000);
  at('2026-11-06T23:30:00Z');
  await move(a, stages.offer);
  at('2026-11-07T10:00:00Z');
  await move(b, stages.offer);
  at('2026-11-10T10:00:00Z');
  const c = await deal('C', 500);
  at('2026-11-12T10:00:00Z');
  await act(c, 'lose', { lostReasonId: reasons.price });
  at('2026-11-12T23:30:00Z');
  await move(a, stages.qualified); // backward
  at('2026-11-14T23:30:00Z');
  await move(a, stages.offer);
  at('2026-11-15T23:30:00Z');
  await move(a, stages.contract);
  at('2026-11-16T23:30:00Z');
  await act(a, 'win');
  at('2026-11-20T10:00:00Z');
  await act(b, 'lose', { lostReasonId: reasons.price });
  const e = await deal('E', 300, bob.id);
  at('2026-11-21T10:00:00Z');
  await act(b, 'reopen');
  at('2026-11-23T10:00:00Z');
  await move(b, stages.contract);
  at('2026-11-25T10:00:00Z');
  await act(b, 'win');
  at('2026-11-30T23:30:00Z');
  const d = await deal('D', 400, bob.id);
  return { ws, bob, pipelineId, stages, reasons, deals: { x, a, b, c, d, e } };
}

/** A report as a file: status, headers and the raw body. */
export async function fetchFile(t: TestApp, url: string, token: string) {
  const response = await t.app.inject({
    method: 'GET',
    url,
    headers: { host: 'localhost:80', authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, headers: response.headers, raw: response.rawPayload };
}
