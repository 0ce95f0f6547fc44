import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { DealNote } from './types.ts';

/** `POST /deals/{id}/notes`: a note in the note markup (mentions as `<@member id>`). */
export function createDealNote(vars: { dealId: string; text: string }): Promise<DealNote> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/notes', {
      params: { path: { id: vars.dealId } },
      body: { text: vars.text },
    }),
  );
}
