import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { DealNote } from './types.ts';

/** `PATCH /deals/{id}/notes/{noteId}` with the version it was read at (412 if stale). */
export function updateDealNote(vars: {
  dealId: string;
  noteId: string;
  version: number;
  text: string;
}): Promise<DealNote> {
  return unwrap(
    api.PATCH('/api/v1/deals/{id}/notes/{noteId}', {
      params: { path: { id: vars.dealId, noteId: vars.noteId } },
      headers: ifMatch(vars.version),
      body: { text: vars.text },
    }),
  );
}
