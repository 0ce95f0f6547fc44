import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { provisionWorkspace } from '../../modules/identity/app/workspace-provisioning.ts';
import { newId } from '../../kernel/db/ids.ts';
import { insertUser } from '../../modules/identity/db/users-repo.ts';
import type { Locale, Role } from '../../contract/roles.ts';
import type { TestApp } from './test-app.ts';
import { serverReactions } from '../modules.ts';

export interface WorkspaceFixture {
  workspaceId: string;
  adminId: string;
  /** The admin's API token. */
  token: string;
}

/** A new workspace with an admin (an integration account: no password, so no slow hashing). */
export async function freshWorkspace(
  t: TestApp,
  options: { locale?: Locale; currency?: string; timezone?: string } = {},
): Promise<WorkspaceFixture> {
  const suffix = randomBytes(4).toString('hex');
  return t.runner.runPublic(async (_input: void, { tx, clock }) => {
    const now = clock.now();
    const admin = await insertUser(tx, {
      id: newId(),
      email: `admin-${suffix}@example.test`,
      name: `Admin ${suffix}`,
      passwordHash: null,
      createdAt: now,
      updatedAt: now,
    });
    const { workspace, apiToken } = await provisionWorkspace(
      {
        name: `Workspace ${suffix}`,
        locale: options.locale ?? 'en',
        timezone: options.timezone ?? 'Europe/Warsaw',
        currency: options.currency ?? 'PLN',
        template: 'empty',
      },
      admin.id,
      serverReactions.deps(tx, { now: () => now }),
    );
    return { workspaceId: workspace.id, adminId: admin.id, token: apiToken };
  }, undefined);
}

/** Adds a user with the given role through the API and returns their id and an API token. */
export async function addMember(
  t: TestApp,
  ws: WorkspaceFixture,
  role: Role,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; token: string; email: string }> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.test`;
  const created = await t.request('POST', '/api/v1/users', {
    token: ws.token,
    body: { email, name: `A ${role}`, role, salesRoles: [], ...extra },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const token = await t.request('POST', '/api/v1/tokens', {
    token: ws.token,
    body: { name: `${role} token`, userId: id },
  });
  expect(token.status).toBe(201);
  return { id, token: token.body.token as string, email };
}

/** Signs a person in with their password and returns the session cookie for `t.request`. */
export async function signInCookie(t: TestApp, email: string, password: string): Promise<string> {
  const login = await t.request('POST', '/api/v1/auth/login', { body: { email, password } });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  return login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
