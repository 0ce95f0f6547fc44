import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';

export type Credentials = RequestBody<'/api/v1/auth/login', 'post'>;

/** `POST /auth/login`: the server sets the session cookie (401 wrong credentials, 429 too many tries). */
export function logIn(body: Credentials) {
  return unwrap(api.POST('/api/v1/auth/login', { body }));
}
