import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { SetupBody } from './types.ts';

/** `POST /setup`: the first run creates the workspace and its first admin (and signs in). */
export function setUp(body: SetupBody) {
  return unwrap(api.POST('/api/v1/setup', { body }));
}
