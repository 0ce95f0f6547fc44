import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { DealFile } from './types.ts';

/** The server's limit (413 above it): checked here first so a big file is not sent for nothing. */
export const FILE_MAX_BYTES = 10 * 1024 * 1024;

/** `POST /deals/{id}/files?name=…`: the file itself is the body (no multipart). */
export function uploadDealFile(vars: { dealId: string; file: File }): Promise<DealFile> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/files', {
      params: { path: { id: vars.dealId }, query: { name: vars.file.name } },
      headers: { 'Content-Type': 'application/octet-stream' },
      body: vars.file as never,
      bodySerializer: (file: unknown) => file as Blob,
    }),
  );
}

/** Where the browser downloads a file (an attachment: the server never shows it in the page). */
export function dealFileUrl(dealId: string, fileId: string): string {
  return `/api/v1/deals/${encodeURIComponent(dealId)}/files/${encodeURIComponent(fileId)}`;
}
