import { findCompany } from '../../db/accounts/companies-repo.ts';
import { notFound } from '../../domain/errors.ts';
import type { Company } from '../../domain/accounts/company.ts';
import type { Deps } from '../context.ts';

export async function getCompany(
  input: { companyId: string },
  { actor, tx }: Deps,
): Promise<Company> {
  const company = await findCompany(tx, actor.workspaceId, input.companyId);
  if (!company) throw notFound('company');
  return company;
}
