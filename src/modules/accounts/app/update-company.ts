import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import {
  findCompany,
  findCompanyDuplicate,
  updateCompany as updateRow,
} from '../db/companies-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Company } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { assertMember, requireMayChange } from '../../identity/index.ts';
import { duplicateError, guardDuplicate, normalizeContactPoints } from './contact-points.ts';
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
  const before = await findCompany(tx, actor.workspaceId, companyId);
  if (!before) throw notFound('company');
  await requireMayChange(tx, actor, { from: before.ownerId, to: patch.ownerId }, 'company');
  const fields = await normalizeContactPoints(tx, actor.workspaceId, patch);
  await assertMember(tx, actor.workspaceId, fields.ownerId, 'ownerId');
  const keys = { email: fields.email ?? null, phone: fields.phone ?? null };
  const existing = await findCompanyDuplicate(tx, actor.workspaceId, keys, companyId);
  if (existing) throw duplicateError('company', existing, keys);
  const now = clock.now();
  const updated: Company | null = await guardDuplicate(
    tx,
    'company',
    keys,
    (sp) => updateRow(sp, actor.workspaceId, companyId, fields, expectedVersion, now),
    () => findCompanyDuplicate(tx, actor.workspaceId, keys, companyId),
  );
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
