import { visibleOwners } from '../../identity/index.ts';
import { listCompanies as listRows } from '../db/companies-repo.ts';
import type { Page } from '../../../kernel/db/pagination.ts';
import type { Company } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { searchPhoneKey } from './contact-points.ts';

/** Search matches name, e-mail and website by substring, and phone by its E.164 form. */
export async function listCompanies(
  input: { q: string | null; limit: number; cursor: string | null },
  { actor, tx }: Deps,
): Promise<Page<Company>> {
  const phoneKey = await searchPhoneKey(tx, actor.workspaceId, input.q);
  return listRows(tx, actor.workspaceId, { ...input, phoneKey }, visibleOwners(actor));
}
