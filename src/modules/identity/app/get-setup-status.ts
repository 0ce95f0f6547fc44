import { countUsers } from '../db/users-repo.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';

export async function getSetupStatus(_input: void, { tx }: PublicDeps) {
  return { setupRequired: (await countUsers(tx)) === 0 };
}
