import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Company, CompanyChanges } from './types.ts';

/** `PATCH /companies/{id}` with `If-Match`: a stale version is refused (412). */
export function updateCompany(company: Company, body: CompanyChanges): Promise<Company> {
  return unwrap(
    api.PATCH('/api/v1/companies/{id}', {
      params: { path: { id: company.id } },
      headers: ifMatch(company.version),
      body,
    }),
  );
}
