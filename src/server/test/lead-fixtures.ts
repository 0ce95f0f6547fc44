import { and, asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { events } from '../../kernel/db/schema/events.ts';
import { addMember, type WorkspaceFixture } from './fresh-workspace.ts';
import type { TestApp } from './test-app.ts';

export interface LeadBody {
  id: string;
  name: string;
  status: string;
  ownerId: string | null;
  contactId: string | null;
  companyId: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  source: { channel: string; medium: string | null; campaign: string | null };
  convertedDealId: string | null;
  firstContactedAt: string | null;
  version: number;
}

/** A member with the hunter sales role and the given lead limit (null: none). */
export async function addHunter(t: TestApp, ws: WorkspaceFixture, leadLimit: number | null = null) {
  return addMember(t, ws, 'member', { salesRoles: ['hunter'], leadLimit });
}

export async function createLead(
  t: TestApp,
  token: string,
  body: Record<string, unknown> = {},
): Promise<LeadBody> {
  const created = await t.request('POST', '/api/v1/leads', {
    token,
    body: { name: 'Jan Kowalski', source: { channel: 'inbound', medium: 'web_form' }, ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as unknown as LeadBody;
}

export async function getLead(t: TestApp, token: string, id: string): Promise<LeadBody> {
  const answer = await t.request('GET', `/api/v1/leads/${id}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as LeadBody;
}

export async function setStatus(t: TestApp, token: string, id: string, status: string) {
  const answer = await t.request('POST', `/api/v1/leads/${id}/status`, {
    token,
    body: { status },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as LeadBody;
}

/** The events recorded for one workspace, oldest first (optionally of one lead). */
export async function eventsOf(t: TestApp, workspaceId: string, leadId?: string) {
  const conditions = [eq(events.workspaceId, workspaceId)];
  if (leadId) conditions.push(eq(events.leadId, leadId));
  return t.database.db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.recordedAt), asc(events.id));
}

/** A pipeline with two stages, for conversions. */
export async function createPipeline(t: TestApp, token: string): Promise<string> {
  const created = await t.request('POST', '/api/v1/pipelines', {
    token,
    body: { name: 'New business', stages: [{ name: 'Qualification' }, { name: 'Offer' }] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}
