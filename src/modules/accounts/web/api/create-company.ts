import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Company, NewCompany } from './types.ts';

/** `POST /companies` (a likely duplicate is refused with 409 `duplicate`). */
export function createCompany(body: NewCompany): Promise<Company> {
  return unwrap(api.POST('/api/v1/companies', { body }));
}
