import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `DELETE /deals/{id}/files/{fileId}`. */
export async function deleteDealFile(vars: { dealId: string; fileId: string }): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/deals/{id}/files/{fileId}', {
      params: { path: { id: vars.dealId, fileId: vars.fileId } },
    }),
  );
}
