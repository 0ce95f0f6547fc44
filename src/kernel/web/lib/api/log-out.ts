import { api, unwrap } from '../api-client.ts';

/** `POST /auth/logout`: ends the browser's session. */
export function logOut() {
  return unwrap(api.POST('/api/v1/auth/logout'));
}
