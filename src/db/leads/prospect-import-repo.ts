import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { contacts } from '../schema/crm.ts';
import { leads } from '../schema/leads.ts';
import { activities } from '../schema/conveyor.ts';
import type { ActivityInsert } from '../conveyor/activities-repo.ts';
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

/** Inserts many leads, a chunk per statement. */
export async function insertLeads(tx: Db, rows: readonly LeadInsert[]): Promise<void> {
  for (const part of chunks(rows, 500)) await tx.insert(leads).values(part);
}

/** Inserts many activities, a chunk per statement. */
export async function insertActivities(tx: Db, rows: readonly ActivityInsert[]): Promise<void> {
  for (const part of chunks(rows, 500)) await tx.insert(activities).values(part);
}
