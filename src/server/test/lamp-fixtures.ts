import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

export interface LampReading {
  lampId: string;
  week: string;
  value: number | null;
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
