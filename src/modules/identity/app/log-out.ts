import { deleteSession } from '../db/credentials-repo.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { hashSecret } from './secrets.ts';

export async function logOut(input: { sessionToken: string }, { tx }: PublicDeps): Promise<void> {
  await deleteSession(tx, hashSecret(input.sessionToken));
}
