import { z } from 'zod';
import { decodeCursor, toPage, type Page } from '../../../kernel/db/pagination.ts';
import { listWorkspaceInvitations as listPending } from '../db/invitations-repo.ts';
import type { Invitation } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireAdmin } from './require-admin.ts';

const idCursor = z.object({ i: z.uuid() });

/** The workspace's invitations still waiting for an answer (admins): e-mail and terms only. */
export async function listWorkspaceInvitations(
  input: { limit: number; cursor: string | null },
  { actor, tx }: Deps,
): Promise<Page<Invitation>> {
  requireAdmin(actor);
  const afterId = input.cursor ? decodeCursor(input.cursor, idCursor).i : null;
  const rows = await listPending(tx, actor.workspaceId, { limit: input.limit + 1, afterId });
  return toPage(rows, input.limit, (i) => ({ i: i.id }));
}
