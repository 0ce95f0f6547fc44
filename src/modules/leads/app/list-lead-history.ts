import { visibleOwners } from '../../identity/index.ts';
import { z } from 'zod';
import { listLeadHistory as listRows, type LeadHistoryRow } from '../db/lead-history-repo.ts';
import { findLead } from '../db/leads-repo.ts';
import { decodeCursor, toPage, type Page } from '../../../kernel/db/pagination.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';

/** One event of the lead with the names it refers to. */
export type LeadHistoryEntry = LeadHistoryRow;

export interface ListLeadHistoryInput {
  leadId: string;
  limit: number;
  cursor: string | null;
}

const historyCursor = z.object({ o: z.iso.datetime(), i: z.uuid() });

/**
 * A lead's timeline, newest first, from the append-only event log: created (with its source and
 * form), contacted (speed to lead), replied, mql, sql, disqualified, converted, its activities
 * and calls. Whoever may read the lead may read its history.
 */
export async function listLeadHistory(
  input: ListLeadHistoryInput,
  { actor, tx }: Deps,
): Promise<Page<LeadHistoryEntry>> {
  if (!(await findLead(tx, actor.workspaceId, input.leadId, false, visibleOwners(actor)))) {
    throw notFound('lead');
  }
  const key = input.cursor ? decodeCursor(input.cursor, historyCursor) : null;
  const rows = await listRows(tx, actor.workspaceId, {
    leadId: input.leadId,
    before: key ? { occurredAt: new Date(key.o), id: key.i } : null,
    limit: input.limit + 1,
  });
  return toPage(rows, input.limit, (r) => ({ o: r.occurredAt.toISOString(), i: r.id }));
}
