import { visibleOwners } from '../../identity/index.ts';
import { findCompany } from '../db/companies-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Company } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export async function getCompany(
  input: { companyId: string },
  { actor, tx }: Deps,
): Promise<Company> {
  const company = await findCompany(tx, actor.workspaceId, input.companyId, visibleOwners(actor));
  if (!company) throw notFound('company');
  return company;
}
