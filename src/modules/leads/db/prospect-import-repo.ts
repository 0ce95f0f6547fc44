import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { contacts } from '../../accounts/index.ts';
import { leads } from './schema.ts';
import type { ActivityInsert } from '../../conveyor/index.ts';
import type { LeadInsert } from './leads-repo.ts';

/** Values per statement: well under PostgreSQL's 65,535 parameters, few round trips. */
const CHUNK = 1000;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export interface ExistingKeys {
  /** "email:…" or "phone:…" → the record's id. */
  leads: Map<string, string>;
  contacts: Map<string, string>;
}

/** Leads and contacts of the workspace that already have one of these e-mails or phones. */
export async function findExistingKeys(
  tx: Db,
  workspaceId: string,
  emails: readonly string[],
  phones: readonly string[],
): Promise<ExistingKeys> {
  const found: ExistingKeys = { leads: new Map(), contacts: new Map() };
  const tables = [
    { table: leads, into: found.leads },
    { table: contacts, into: found.contacts },
  ] as const;
  for (const { table, into } of tables) {
    for (const [field, values] of [
      ['email', emails],
      ['phone', phones],
    ] as const) {
      for (const part of chunks(values)) {
        const rows = await tx
          .select({ id: table.id, key: table[field] })
          .from(table)
          .where(and(eq(table.workspaceId, workspaceId), inArray(table[field], part)));
        for (const r of rows)
          if (r.key && !into.has(`${field}:${r.key}`)) into.set(`${field}:${r.key}`, r.id);
      }
    }
  }
  return found;
}

/** Whole columns as array parameters: one statement of a few parameters for any number of rows. */
function columnOf<R>(rows: readonly R[]) {
  return <T>(pick: (row: R) => T) => sql.param(rows.map(pick));
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Inserts many new leads in one statement (unnest), however long the list. */
export async function insertLeads(tx: Db, rows: readonly LeadInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const c = columnOf(rows);
  await tx.execute(sql`
    insert into leads (workspace_id, id, name, company_name, email, phone, source_channel,
      source_medium, source_campaign, status, owner_id, created_at, updated_at)
    select * from unnest(${c((r) => r.workspaceId)}::uuid[], ${c((r) => r.id)}::uuid[],
      ${c((r) => r.name)}::text[], ${c((r) => r.companyName ?? null)}::text[],
      ${c((r) => r.email ?? null)}::text[], ${c((r) => r.phone ?? null)}::text[],
      ${c((r) => r.sourceChannel)}::text[], ${c((r) => r.sourceMedium ?? null)}::text[],
      ${c((r) => r.sourceCampaign ?? null)}::text[], ${c((r) => r.status)}::text[],
      ${c((r) => r.ownerId ?? null)}::uuid[], ${c((r) => iso(r.createdAt))}::timestamptz[],
      ${c((r) => iso(r.updatedAt))}::timestamptz[])`);
}

/** Inserts many planned activities in one statement (unnest). */
export async function insertActivities(tx: Db, rows: readonly ActivityInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const c = columnOf(rows);
  await tx.execute(sql`
    insert into activities (workspace_id, id, type, subject, due_at, lead_id, owner_id,
      created_by, created_at, updated_at)
    select * from unnest(${c((r) => r.workspaceId)}::uuid[], ${c((r) => r.id)}::uuid[],
      ${c((r) => r.type)}::text[], ${c((r) => r.subject)}::text[],
      ${c((r) => iso(r.dueAt))}::timestamptz[], ${c((r) => r.leadId ?? null)}::uuid[],
      ${c((r) => r.ownerId ?? null)}::uuid[], ${c((r) => r.createdBy)}::uuid[],
      ${c((r) => iso(r.createdAt))}::timestamptz[], ${c((r) => iso(r.updatedAt))}::timestamptz[])`);
}
