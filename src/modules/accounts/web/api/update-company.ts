import { api, type RequestBody, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Company } from './types.ts';

export type CompanyChanges = RequestBody<'/api/v1/companies/{id}', 'patch'>;

/** `PATCH /companies/{id}` with `If-Match`: a stale version is refused (412). */
export function updateCompany(company: Company, body: CompanyChanges): Promise<Company> {
  return unwrap(api.PATCH('/api/v1/companies/{id}', { ...versioned(company), body }));
}
