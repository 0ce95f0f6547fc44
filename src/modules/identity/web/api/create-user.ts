import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { User } from './types.ts';

export type NewUser = RequestBody<'/api/v1/users', 'post'>;

/** `POST /users`: an admin adds someone to the workspace. */
export function createUser(body: NewUser): Promise<User> {
  return unwrap(api.POST('/api/v1/users', { body }));
}
