import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';

export type SetupBody = RequestBody<'/api/v1/setup', 'post'>;

/** `POST /setup`: the first run creates the workspace and its first admin (and signs in). */
export function setUp(body: SetupBody) {
  return unwrap(api.POST('/api/v1/setup', { body }));
}
