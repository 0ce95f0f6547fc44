import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `DELETE /deals/{id}/notes/{noteId}` with the version it was read at. */
export async function deleteDealNote(vars: {
  dealId: string;
  noteId: string;
  version: number;
}): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/deals/{id}/notes/{noteId}', {
      params: { path: { id: vars.dealId, noteId: vars.noteId } },
      headers: ifMatch(vars.version),
    }),
  );
}
