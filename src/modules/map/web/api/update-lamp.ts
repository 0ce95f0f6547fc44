import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Lamp, LampChanges } from './types.ts';

/** `PATCH /lamps/{id}` with `If-Match` (stale → 412 version_conflict). */
export function updateLamp(lamp: Lamp, body: LampChanges) {
  return unwrap(api.PATCH('/api/v1/lamps/{id}', { ...versioned(lamp), body }));
}
