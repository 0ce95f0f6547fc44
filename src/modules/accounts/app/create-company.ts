import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { findCompanyDuplicate, insertCompany } from '../db/companies-repo.ts';
import type { Company } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { assertMember } from '../../identity/index.ts';
import { duplicateError, guardDuplicate, normalizeContactPoints } from './contact-points.ts';

export interface CompanyFields {
  name: string;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  industry?: string | null;
  city?: string | null;
  country?: string | null;
  ownerId?: string | null;
}

export async function createCompany(
  input: CompanyFields,
  { actor, tx, clock }: Deps,
): Promise<Company> {
  const fields = await normalizeContactPoints(tx, actor.workspaceId, input);
  await assertMember(tx, actor.workspaceId, fields.ownerId, 'ownerId');
  const keys = { email: fields.email ?? null, phone: fields.phone ?? null };
  const existing = await findCompanyDuplicate(tx, actor.workspaceId, keys, null);
  if (existing) throw duplicateError('company', existing, keys);
  const now = clock.now();
  // A concurrent create of the same e-mail/phone may commit first: still a 409 naming it.
  const company: Company = await guardDuplicate(
    tx,
    'company',
    keys,
    (sp) =>
      insertCompany(sp, {
        workspaceId: actor.workspaceId,
        id: newId(),
        name: fields.name,
        website: fields.website ?? null,
        email: keys.email,
        phone: keys.phone,
        industry: fields.industry ?? null,
        city: fields.city ?? null,
        country: fields.country ?? null,
        ownerId: fields.ownerId === undefined ? actor.userId : fields.ownerId,
        createdAt: now,
        updatedAt: now,
      }),
    () => findCompanyDuplicate(tx, actor.workspaceId, keys, null),
  );
  await appendEvents(tx, actor.workspaceId, [
    {
      type: 'company.created',
      occurredAt: now,
      actorId: actor.userId,
      companyId: company.id,
      ownerId: company.ownerId,
    },
  ]);
  return company;
}
