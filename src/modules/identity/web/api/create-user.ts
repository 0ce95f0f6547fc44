import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { NewUser, User } from './types.ts';

/** `POST /users`: an admin adds someone to the workspace. */
export function createUser(body: NewUser): Promise<User> {
  return unwrap(api.POST('/api/v1/users', { body }));
}
