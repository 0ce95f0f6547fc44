import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { SeenPage } from '../../../../contract/first-steps.ts';
import type { FirstSteps } from './types.ts';

/** `POST /first-steps/seen`: the pipeline settings or the map were opened. */
export function markPageSeen(page: SeenPage): Promise<FirstSteps> {
  return unwrap(api.POST('/api/v1/first-steps/seen', { body: { page } }));
}
