import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { LampBody } from './types.ts';

/** `POST /lamps`: a new lamp on a group. */
export function createLamp(body: LampBody) {
  return unwrap(api.POST('/api/v1/lamps', { body }));
}
