import { api, ifMatch, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

export type DealChanges = RequestBody<'/api/v1/deals/{id}', 'patch'>;

/**
 * `PATCH /deals/{id}`. With the deal's `version` it carries `If-Match` (a stale version → 412
 * `version_conflict`), as an edit form does; without, it sets a field whatever came before.
 */
export function updateDeal(id: string, body: DealChanges, version?: number): Promise<Deal> {
  return unwrap(
    api.PATCH('/api/v1/deals/{id}', {
      params: { path: { id } },
      ...(version === undefined ? {} : { headers: ifMatch(version) }),
      body,
    }),
  );
}
