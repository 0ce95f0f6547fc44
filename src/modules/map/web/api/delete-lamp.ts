import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `DELETE /lamps/{id}`. */
export function deleteLamp(id: string) {
  return unwrap(api.DELETE('/api/v1/lamps/{id}', { params: { path: { id } } }));
}
