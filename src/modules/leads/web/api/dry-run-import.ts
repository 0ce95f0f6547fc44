import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { ImportBody } from './types.ts';

/** `POST /leads/imports/dry-run`: the file's columns, the mapping and its bad rows; nothing saved. */
export function dryRunImport(body: ImportBody) {
  return unwrap(api.POST('/api/v1/leads/imports/dry-run', { body }));
}
