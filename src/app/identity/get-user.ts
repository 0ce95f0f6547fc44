import { findMember } from '../../db/identity/users-repo.ts';
import { notFound } from '../../domain/errors.ts';
import type { Member } from '../../domain/identity/types.ts';
import type { Deps } from '../context.ts';

export async function getUser(input: { userId: string }, { actor, tx }: Deps): Promise<Member> {
  const member = await findMember(tx, actor.workspaceId, input.userId);
  if (!member) throw notFound('user');
  return member;
}
