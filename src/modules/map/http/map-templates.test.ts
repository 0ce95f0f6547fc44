import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Lamp {
  position: string;
  name: string;
  description: string;
  metric: Record<string, unknown>;
}

interface Group {
  id: string;
  kind: string;
  name: string;
  mode: string;
  next: string[];
  lamps: Lamp[];
}

async function workspaceFrom(t: TestApp, template: string, locale: string): Promise<string> {
  const ws = await freshWorkspace(t);
  const created = await t.request('POST', '/api/v1/workspaces', {
    token: ws.token,
    body: { name: `Map ${template}`, locale, timezone: 'Europe/Warsaw', currency: 'PLN', template },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.apiToken as string;
}

describeApi('process map: templates', (t) => {
  it('b2b-classic draws the whole map of the sources with three lamps on every group', async () => {
    const token = await workspaceFrom(t, 'b2b-classic', 'en');
    const map = await t.request('GET', '/api/v1/process-map', { token });
    expect(map.status).toBe(200);
    const groups = map.body.groups as Group[];
    expect(groups.map((g) => g.kind)).toEqual(
      expect.arrayContaining([
        'strategy',
        'management',
        'prospecting',
        'marketing',
        'qualification',
        'sales',
        'service',
        'cross_upsell',
        'account_management',
      ]),
    );
    for (const group of groups) {
      expect(
        group.lamps.map((l) => l.position),
        group.name,
      ).toEqual(['start', 'middle', 'end']);
      for (const lamp of group.lamps) expect(lamp.description.length, lamp.name).toBeGreaterThan(5);
    }
    const ids = new Set(groups.map((g) => g.id));
    expect(groups.flatMap((g) => g.next).every((id) => ids.has(id))).toBe(true);
    const sales = groups.find((g) => g.kind === 'sales')!;
    expect(sales.mode).toBe('triggered');
    expect(sales.next.length).toBeGreaterThan(0);

    // Every lamp reads: a value or grey, never an error.
    const readings = await t.request('GET', '/api/v1/lamps/readings', { token });
    expect(readings.status, JSON.stringify(readings.body)).toBe(200);
    const lampCount = groups.reduce((n, g) => n + g.lamps.length, 0);
    expect(readings.body.readings).toHaveLength(lampCount * 13);
  });

  it('draws the map in the workspace language, and an empty map for the empty template', async () => {
    const ru = await workspaceFrom(t, 'end-to-end', 'ru');
    const map = await t.request('GET', '/api/v1/process-map', { token: ru });
    expect(map.body.version).toMatchObject({ name: 'Карта процессов', state: 'active' });
    const groups = map.body.groups as Group[];
    expect(groups.length).toBeGreaterThan(4);
    expect(groups[0]!.lamps[0]!.description).toMatch(/[а-я]/);

    const empty = await workspaceFrom(t, 'empty', 'pl');
    const blank = await t.request('GET', '/api/v1/process-map', { token: empty });
    expect(blank.body).toMatchObject({ version: { name: 'Mapa procesów' }, groups: [] });
  });
});
