// The CLI's `user create` and `token create` act as the workspace's admin through the same use
// cases as the API, so what they change is in the audit log like any other change of access.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../kernel/app/context.ts';
import { createRunner } from '../kernel/app/runner.ts';
import { loadConfig } from '../kernel/config.ts';
import { newId } from '../kernel/db/ids.ts';
import { auditEntries } from '../kernel/db/schema/audit.ts';
import { insertUser, provisionWorkspace } from '../modules/identity/index.ts';
import { serverReactions } from '../server/modules.ts';
import { tokenCreateCommand, userCreateCommand } from './admin-commands.ts';
import { openConfiguredDatabase } from './open-database.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'conveyor-cli-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A workspace with its admin, made in the data directory the commands will open. */
async function workspaceWithAdmin(): Promise<{ workspaceId: string; adminId: string }> {
  const database = await openConfiguredDatabase(loadConfig({ dataDir }, {}));
  try {
    const runner = createRunner(database, systemClock, serverReactions);
    return await runner.runPublic(async (_input: null, deps) => {
      const now = deps.clock.now();
      const admin = await insertUser(deps.tx, {
        id: newId(),
        email: 'ola@acme.test',
        name: 'Ola Admin',
        passwordHash: 'unused',
        locale: null,
        createdAt: now,
        updatedAt: now,
      });
      const { workspace } = await provisionWorkspace(
        {
          name: 'Acme',
          locale: 'en',
          timezone: 'Europe/Warsaw',
          currency: 'PLN',
          template: 'empty',
        },
        admin.id,
        deps,
      );
      return { workspaceId: workspace.id, adminId: admin.id };
    }, null);
  } finally {
    await database.close();
  }
}

async function auditOf(workspaceId: string) {
  const database = await openConfiguredDatabase(loadConfig({ dataDir }, {}));
  try {
    return await database.db
      .select({
        action: auditEntries.action,
        label: auditEntries.subjectLabel,
        actorId: auditEntries.actorId,
      })
      .from(auditEntries)
      .where(eq(auditEntries.workspaceId, workspaceId))
      .orderBy(asc(auditEntries.at), asc(auditEntries.id));
  } finally {
    await database.close();
  }
}

describe('the admin commands', () => {
  it('leave a new member and an issued token in the audit log, as the admin', async () => {
    const { workspaceId, adminId } = await workspaceWithAdmin();
    await userCreateCommand({
      dataDir,
      email: 'piotr@acme.test',
      name: 'Piotr Member',
      password: 'a long enough password',
      role: 'member',
      salesRoles: [],
    });
    await tokenCreateCommand({ dataDir, name: 'Telephony', scopes: ['api'] });

    const entries = await auditOf(workspaceId);
    expect(entries).toEqual([
      { action: 'member.added', label: 'piotr@acme.test', actorId: adminId },
      { action: 'token.issued', label: 'Telephony', actorId: adminId },
    ]);
  }, 180_000);
});
