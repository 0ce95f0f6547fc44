import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Company } from './types.ts';

export type NewCompany = RequestBody<'/api/v1/companies', 'post'>;

/** `POST /companies` (a likely duplicate is refused with 409 `duplicate`). */
export function createCompany(body: NewCompany): Promise<Company> {
  return unwrap(api.POST('/api/v1/companies', { body }));
}
