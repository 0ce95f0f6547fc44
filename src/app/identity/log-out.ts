import { deleteSession } from '../../db/identity/credentials-repo.ts';
import type { PublicDeps } from '../context.ts';
import { hashSecret } from './secrets.ts';

export async function logOut(input: { sessionToken: string }, { tx }: PublicDeps): Promise<void> {
  await deleteSession(tx, hashSecret(input.sessionToken));
}
