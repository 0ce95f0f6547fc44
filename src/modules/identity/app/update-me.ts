import { updateUserProfile } from '../db/users-repo.ts';
import type { Locale } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { getMe, type Me } from './get-me.ts';
import { requireThePerson } from './require-the-person.ts';

/** A user's own name and interface language (null: follow the workspace). */
export async function updateMe(
  input: { name?: string; locale?: Locale | null },
  deps: Deps,
): Promise<Me> {
  requireThePerson(
    deps.actor,
    'Only you change your name and language: sign in, or use a token you issued yourself.',
  );
  await updateUserProfile(deps.tx, deps.actor.userId, input, deps.clock.now());
  return getMe(undefined, deps);
}
