import { findMember } from '../db/users-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Member } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export async function getUser(input: { userId: string }, { actor, tx }: Deps): Promise<Member> {
  const member = await findMember(tx, actor.workspaceId, input.userId);
  if (!member) throw notFound('user');
  return member;
}
