// The workspaces the fuzzer plays in: a populated workspace with an admin and a member (whose
// own accounts and tokens it never acts on, so it keeps its roles), a spare manager whose token
// it may revoke, and another person's workspace whose ids it tries to reach.
import { expect } from 'vitest';
import { addMember, freshWorkspace } from '../test/fresh-workspace.ts';
import { populatedWorkspace } from '../test/populated-workspace.ts';
import type { TestApp } from '../test/test-app.ts';
import { IdPool, kindOf } from './id-pool.ts';
import type { Operation } from './openapi-operations.ts';
import type { Role } from './request-generator.ts';

export interface FuzzWorld {
  workspaceId: string;
  tokens: Record<Role, string | null>;
  pool: IdPool;
}

type Json = Record<string, unknown>;

/** Every parameterless GET of the document, read with this token into the pool. */
async function collect(
  t: TestApp,
  operations: Operation[],
  token: string,
  pool: IdPool,
  foreign: boolean,
) {
  for (const op of operations) {
    if (op.method !== 'GET' || op.path.includes('{')) continue;
    if (op.parameters.some((p) => p.required)) continue;
    const answer = await t.request('GET', op.path, { token });
    if (answer.status !== 200) continue;
    const segment = op.path.split('/').filter(Boolean).pop() ?? '';
    pool.collect(answer.body, kindOf(segment), foreign);
  }
}

export async function fuzzWorld(t: TestApp, operations: Operation[]): Promise<FuzzWorld> {
  const populated = await populatedWorkspace(t);
  const admin = {
    workspaceId: populated.ids.workspaces!,
    adminId: populated.ids.users!,
    token: populated.token,
  };
  const member = await addMember(t, admin, 'member');
  await addMember(t, admin, 'manager');

  const other = await freshWorkspace(t);
  for (const [url, body] of [
    ['/api/v1/companies', { name: 'Foreign Ltd' }],
    ['/api/v1/contacts', { name: 'Foreign Person' }],
    ['/api/v1/teams', { name: 'Foreign team' }],
    ['/api/v1/forms', { name: 'Foreign form' }],
    ['/api/v1/leads', { name: 'Foreign lead', source: { channel: 'inbound', medium: 'web_form' } }],
  ] as const) {
    const created = await t.request('POST', url, { token: other.token, body });
    expect(created.status, `${url}: ${JSON.stringify(created.body)}`).toBe(201);
  }

  const pool = new IdPool();
  pool.exclude(admin.adminId, member.id);
  const tokens = (await t.request('GET', '/api/v1/tokens', { token: admin.token })).body
    .items as Json[];
  for (const token of tokens) {
    if (token.userId === admin.adminId || token.userId === member.id)
      pool.exclude(String(token.id));
  }
  await collect(t, operations, admin.token, pool, false);
  await collect(t, operations, other.token, pool, true);
  return {
    workspaceId: admin.workspaceId,
    tokens: { admin: admin.token, member: member.token, anonymous: null },
    pool,
  };
}
