import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { TEMPLATES } from '../../../contract/templates.ts';
import { processMapVersions } from '../db/schema.ts';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const MIGRATION = fileURLToPath(
  new URL(
    '../../../kernel/db/migrations/0011_map_version_for_every_workspace.sql',
    import.meta.url,
  ),
);

async function versionsOf(t: TestApp, workspaceId: string) {
  return t.database.db
    .select()
    .from(processMapVersions)
    .where(eq(processMapVersions.workspaceId, workspaceId));
}

/** Migration 0011 again, as it ran on a database holding workspaces older than the map. */
async function runMigration(t: TestApp) {
  for (const statement of readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint')) {
    await t.database.db.execute(sql.raw(statement));
  }
}

describeApi('process map: the active version', (t) => {
  it('is made with the workspace, for every template', async () => {
    const ws = await freshWorkspace(t);
    for (const template of TEMPLATES) {
      const created = await t.request('POST', '/api/v1/workspaces', {
        token: ws.token,
        body: {
          name: template,
          locale: 'pl',
          timezone: 'Europe/Warsaw',
          currency: 'PLN',
          template,
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const workspaceId = (created.body.workspace as { id: string }).id;
      // Read from the table, not through GET /process-map (which would once have made it).
      const versions = await versionsOf(t, workspaceId);
      expect(
        versions.map((v) => [v.name, v.state]),
        template,
      ).toEqual([['Mapa procesów', 'active']]);
    }
  });

  it('is given by migration 0011 to a workspace that has none, in its language', async () => {
    const polish = await freshWorkspace(t, { locale: 'pl' });
    const russian = await freshWorkspace(t, { locale: 'ru' });
    const english = await freshWorkspace(t, { locale: 'en' });
    const kept = (await versionsOf(t, english.workspaceId))[0]!;
    // Workspaces made before the map existed: no version at all (the empty template's has no
    // groups, so it can go).
    for (const ws of [polish, russian]) {
      await t.database.db
        .delete(processMapVersions)
        .where(
          and(
            eq(processMapVersions.workspaceId, ws.workspaceId),
            eq(processMapVersions.state, 'active'),
          ),
        );
    }
    await runMigration(t);

    const made = await versionsOf(t, polish.workspaceId);
    expect(made.map((v) => [v.name, v.state])).toEqual([['Mapa procesów', 'active']]);
    // A UUIDv7 as the app makes: version 7, the RFC variant, the time of its making up front.
    expect(made[0]!.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const millis = parseInt(made[0]!.id.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(millis - Date.now())).toBeLessThan(10 * 60_000);
    expect((await versionsOf(t, russian.workspaceId)).map((v) => v.name)).toEqual([
      'Карта процессов',
    ]);
    // A workspace with its version keeps it alone.
    expect(await versionsOf(t, english.workspaceId)).toEqual([kept]);

    const map = await t.request('GET', '/api/v1/process-map', { token: polish.token });
    expect(map.status).toBe(200);
    expect(map.body.version).toEqual({ id: made[0]!.id, name: 'Mapa procesów', state: 'active' });
    expect(map.body.groups).toEqual([]);
  });
});
