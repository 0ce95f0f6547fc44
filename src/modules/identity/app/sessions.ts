import type { Db } from '../../../kernel/db/connection.ts';
import { insertSession } from '../db/credentials-repo.ts';
import { SESSION_TTL_DAYS, hashSecret, newSecret } from './secrets.ts';

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function startSession(
  tx: Db,
  workspaceId: string,
  userId: string,
  now: Date,
): Promise<NewSession> {
  const token = newSecret('');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_DAYS * 24 * 3600 * 1000);
  await insertSession(tx, {
    idHash: hashSecret(token),
    workspaceId,
    userId,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}
