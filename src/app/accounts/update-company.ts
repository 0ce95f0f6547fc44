import { appendEvents } from '../../db/events/append-events.ts';
import {
  findCompany,
  findCompanyDuplicate,
  updateCompany as updateRow,
} from '../../db/accounts/companies-repo.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import type { Company } from '../../domain/accounts/company.ts';
import type { Deps } from '../context.ts';
import { assertMember } from '../identity/member-references.ts';
import { duplicateError, normalizeContactPoints } from './contact-points.ts';
import type { CompanyFields } from './create-company.ts';

export type UpdateCompanyInput = Partial<CompanyFields> & {
  companyId: string;
  expectedVersion?: number;
};

export async function updateCompany(
  input: UpdateCompanyInput,
  { actor, tx, clock }: Deps,
): Promise<Company> {
  const { companyId, expectedVersion, ...patch } = input;
  if (!(await findCompany(tx, actor.workspaceId, companyId))) throw notFound('company');
  const fields = await normalizeContactPoints(tx, actor.workspaceId, patch);
  await assertMember(tx, actor.workspaceId, fields.ownerId, 'ownerId');
  const keys = { email: fields.email ?? null, phone: fields.phone ?? null };
  const existing = await findCompanyDuplicate(tx, actor.workspaceId, keys, companyId);
  if (existing) throw duplicateError('company', existing, keys);
  const now = clock.now();
  let updated: Company | null;
  try {
    updated = await updateRow(tx, actor.workspaceId, companyId, fields, expectedVersion, now);
  } catch (error) {
    if (uniqueViolation(error))
      throw new DomainError('duplicate', 'A company with this e-mail or phone already exists.');
    throw error;
  }
  if (!updated)
    throw new DomainError('version_conflict', 'This company was changed by someone else.');
  await appendEvents(tx, actor.workspaceId, [
    {
      type: 'company.updated',
      occurredAt: now,
      actorId: actor.userId,
      companyId,
      ownerId: updated.ownerId,
      payload: { fields: Object.keys(fields) },
    },
  ]);
  return updated;
}
