import { expect } from 'vitest';
import type { WorkspaceFixture } from './fresh-workspace.ts';
import { ok } from './sales-history.ts';
import type { TestApp } from './test-app.ts';

export interface LampReading {
  lampId: string;
  week: string;
  value: number | null;
  status: string;
  partial: boolean;
}

async function created(t: TestApp, url: string, token: string, body: unknown) {
  const answer = await t.request('POST', `/api/v1${url}`, { token, body });
  expect(answer.status, `POST ${url}: ${JSON.stringify(answer.body)}`).toBe(201);
  return answer.body.id as string;
}

/** A lamp on a group of its own: its id. */
export async function addLamp(
  t: TestApp,
  token: string,
  lamp: { name: string; metric: unknown; thresholds: object },
): Promise<string> {
  const groupId = await created(t, '/process-map/groups', token, {
    name: 'Measured',
    kind: 'sales',
    mode: 'standing',
    cadence: 'weekly',
  });
  return created(t, '/lamps', token, { groupId, position: 'start', ...lamp });
}

/** The lamp's readings for the weeks `from`..`to` (ISO weeks). */
export async function lampReadings(
  t: TestApp,
  token: string,
  lampId: string,
  from: string,
  to: string,
): Promise<LampReading[]> {
  const answer = await t.request('GET', `/api/v1/lamps/readings?from=${from}&to=${to}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.readings as LampReading[]).filter((r) => r.lampId === lampId);
}

/**
 * A two-stage pipeline and a weekly standing sales group in `ws`, with a way to hang a lamp on
 * it: `lamp(metric, { green, amber })` (higher is better) returns the new lamp's id.
 */
export async function weeklyLampScene(t: TestApp, ws: WorkspaceFixture) {
  const pipeline = await ok(t, 'POST', '/api/v1/pipelines', ws.token, {
    name: 'Sales',
    stages: [{ name: 'Lead' }, { name: 'Offer' }],
  });
  const group = await ok(t, 'POST', '/api/v1/process-map/groups', ws.token, {
    name: 'Sales',
    kind: 'sales',
    mode: 'standing',
    cadence: 'weekly',
  });
  const lamp = async (metric: unknown, thresholds: { green: number; amber: number }) =>
    (
      await ok(t, 'POST', '/api/v1/lamps', ws.token, {
        groupId: group.id,
        position: 'end',
        name: 'L',
        metric,
        thresholds: { direction: 'higher_is_better', ...thresholds },
      })
    ).id as string;
  return { pipelineId: pipeline.id as string, groupId: group.id as string, lamp };
}
