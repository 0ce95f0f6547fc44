import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { FirstSteps } from './types.ts';

/** `PATCH /first-steps`: put the checklist away (or bring it back to the start page). */
export function dismissFirstSteps(dismissed: boolean): Promise<FirstSteps> {
  return unwrap(api.PATCH('/api/v1/first-steps', { body: { dismissed } }));
}
