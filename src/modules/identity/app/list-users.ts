import { z } from 'zod';
import { decodeCursor, toPage, type Page } from '../../../kernel/db/pagination.ts';
import { listMembers } from '../db/users-repo.ts';
import type { Member } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';

const idCursor = z.object({ i: z.uuid() });

/** Everyone in the workspace may see its people (owner pickers, load); only admins change them. */
export async function listUsers(
  input: { limit: number; cursor: string | null },
  { actor, tx }: Deps,
): Promise<Page<Member>> {
  const afterId = input.cursor ? decodeCursor(input.cursor, idCursor).i : null;
  const rows = await listMembers(tx, actor.workspaceId, { limit: input.limit + 1, afterId });
  return toPage(rows, input.limit, (m) => ({ i: m.user.id }));
}
