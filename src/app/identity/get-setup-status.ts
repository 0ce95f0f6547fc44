import { countUsers } from '../../db/identity/users-repo.ts';
import type { PublicDeps } from '../context.ts';

export async function getSetupStatus(_input: void, { tx }: PublicDeps) {
  return { setupRequired: (await countUsers(tx)) === 0 };
}
