import { appendEvents } from '../../db/events/append-events.ts';
import { newId } from '../../db/ids.ts';
import { findCompanyDuplicate, insertCompany } from '../../db/accounts/companies-repo.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Company } from '../../domain/accounts/company.ts';
import type { Deps } from '../context.ts';
import { assertMember } from '../identity/member-references.ts';
import { duplicateError, normalizeContactPoints } from './contact-points.ts';

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
  let company: Company;
  try {
    company = await insertCompany(tx, {
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
    });
  } catch (error) {
    // Lost a race with a concurrent create of the same e-mail/phone.
    if (uniqueViolation(error))
      throw new DomainError('duplicate', 'A company with this e-mail or phone already exists.');
    throw error;
  }
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
