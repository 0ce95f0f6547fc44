import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { forms } from './schema.ts';

export type FormRow = typeof forms.$inferSelect;
export type FormInsert = typeof forms.$inferInsert;
export type FormPatch = Partial<
  Pick<
    FormRow,
    'name' | 'medium' | 'campaign' | 'redirectUrl' | 'thankYouText' | 'fields' | 'active'
  >
>;

export async function insertForm(tx: Db, row: FormInsert): Promise<FormRow> {
  const [created] = await tx.insert(forms).values(row).returning();
  return created!;
}

export async function findForm(tx: Db, workspaceId: string, id: string): Promise<FormRow | null> {
  const [row] = await tx
    .select()
    .from(forms)
    .where(and(eq(forms.workspaceId, workspaceId), eq(forms.id, id)));
  return row ?? null;
}

/** The form behind a public submission URL, in whichever workspace it is. */
export async function findFormByKey(tx: Db, key: string): Promise<FormRow | null> {
  const [row] = await tx.select().from(forms).where(eq(forms.key, key));
  return row ?? null;
}

export async function listForms(tx: Db, workspaceId: string): Promise<FormRow[]> {
  return tx
    .select()
    .from(forms)
    .where(eq(forms.workspaceId, workspaceId))
    .orderBy(asc(sql`lower(${forms.name})`), asc(forms.id));
}

export async function updateForm(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: FormPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<FormRow | null> {
  const conditions = [eq(forms.workspaceId, workspaceId), eq(forms.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(forms.version, expectedVersion));
  const [row] = await tx
    .update(forms)
    .set({ ...patch, updatedAt: now, version: sql`${forms.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}
