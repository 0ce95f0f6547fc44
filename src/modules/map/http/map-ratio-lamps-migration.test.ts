import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Lamp {
  id: string;
  position: string;
  name: string;
  metric: Record<string, unknown>;
  thresholds: Record<string, unknown>;
}

interface Group {
  kind: string;
  lamps: Lamp[];
}

const MIGRATION = new URL(
  '../../../kernel/db/migrations/0019_ratio_lamps_read_true.sql',
  import.meta.url,
);

/** Puts a lamp back as the template wrote it before issue 18 (what older workspaces hold). */
async function setOld(t: TestApp, lampId: string, name: string, metric: object) {
  await t.database.db.execute(
    sql`update lamps set name = ${name}, metric = ${JSON.stringify(metric)}::jsonb where id = ${lampId}::uuid`,
  );
}

async function mapOf(t: TestApp, token: string): Promise<Group[]> {
  const map = await t.request('GET', '/api/v1/process-map', { token });
  expect(map.status).toBe(200);
  return map.body.groups as Group[];
}

const lampOf = (groups: Group[], kind: string, position: string) =>
  groups.find((g) => g.kind === kind)!.lamps.find((l) => l.position === position)!;

describeApi('migration 0019: ratio lamps of existing workspaces read true', (t) => {
  it('rewrites the old template ratios, keeps renamed and edited lamps as they are', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/workspaces', {
      token: ws.token,
      body: {
        name: 'Old',
        locale: 'pl',
        timezone: 'Europe/Warsaw',
        currency: 'PLN',
        template: 'b2b-classic',
      },
    });
    const token = created.body.apiToken as string;
    const before = await mapOf(t, token);
    const winRate = lampOf(before, 'sales', 'middle');
    const replies = lampOf(before, 'prospecting', 'middle');
    const qualification = lampOf(before, 'qualification', 'middle');
    const wonOfCreated = {
      ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.created' } } },
    };
    await setOld(t, winRate.id, 'Mój wskaźnik', wonOfCreated);
    await setOld(t, replies.id, 'Odsetek odpowiedzi', {
      ratio: {
        of: { count: { event: 'lead.replied', where: { channel: 'outbound' } } },
        to: { count: { event: 'lead.contacted', where: { channel: 'outbound' } } },
      },
    });
    // A manager's own ratio, not the template's: left alone.
    const own = {
      ratio: { of: { count: { event: 'lead.sql' } }, to: { count: { event: 'lead.created' } } },
    };
    await setOld(t, qualification.id, qualification.name, own);

    for (const statement of readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint')) {
      await t.database.db.execute(sql.raw(statement));
    }

    const after = await mapOf(t, token);
    expect(lampOf(after, 'sales', 'middle')).toMatchObject({
      name: 'Mój wskaźnik',
      metric: {
        ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.closed' } } },
      },
    });
    expect(lampOf(after, 'prospecting', 'middle')).toMatchObject({
      name: 'Odpowiedzi prospektów',
      metric: { count: { event: 'lead.replied', where: { channel: 'outbound' } } },
      thresholds: { direction: 'higher_is_better', green: 10, amber: 5 },
    });
    expect(lampOf(after, 'qualification', 'middle').metric).toEqual(own);
  });
});
