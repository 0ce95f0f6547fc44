import { updateUserProfile } from '../db/users-repo.ts';
import type { Locale } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { getMe, type Me } from './get-me.ts';

/** A user's own name and interface language (null: follow the workspace). */
export async function updateMe(
  input: { name?: string; locale?: Locale | null },
  deps: Deps,
): Promise<Me> {
  await updateUserProfile(deps.tx, deps.actor.userId, input, deps.clock.now());
  return getMe(undefined, deps);
}
