import { expect } from 'vitest';
import type { AuditAction } from '../../contract/audit.ts';
import type { TestApp } from './test-app.ts';

export interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  action: AuditAction;
  subject: { kind: string; id: string | null; label: string | null } | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** One page of GET /audit with the given query, as the admin token sees it. */
export async function auditPage(
  t: TestApp,
  token: string,
  query: Record<string, string> = {},
): Promise<{ items: Entry[]; nextCursor: string | null }> {
  const search = new URLSearchParams({ limit: '200', ...query }).toString();
  const answer = await t.request('GET', `/api/v1/audit?${search}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as { items: Entry[]; nextCursor: string | null };
}

/** The entries of one action, newest first. */
export async function entriesOf(t: TestApp, token: string, action: AuditAction): Promise<Entry[]> {
  return (await auditPage(t, token, { action })).items;
}

export const PASSWORD = 'right password 1';

export function signIn(t: TestApp, email: string, password: string, remoteAddress: string) {
  return t.request('POST', '/api/v1/auth/login', { body: { email, password }, remoteAddress });
}
