import type { Db } from '../../../kernel/db/connection.ts';
import { findWorkspace } from '../../identity/index.ts';
import { DomainError, validationError } from '../../../kernel/domain/errors.ts';
import { normalizeEmail } from '../../../kernel/domain/email.ts';
import { normalizePhone, phoneSearchKey } from '../domain/phone.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';

async function defaultCountry(tx: Db, workspaceId: string): Promise<string | null> {
  return (await findWorkspace(tx, workspaceId))?.settings.defaultCountry ?? null;
}

/**
 * E-mail lower-cased, phone in E.164 (local numbers read in the workspace's country).
 * Undefined stays undefined so a partial update leaves the field alone.
 */
export async function normalizeContactPoints<
  T extends { email?: string | null; phone?: string | null },
>(tx: Db, workspaceId: string, input: T): Promise<T> {
  const out = { ...input };
  if (typeof input.email === 'string') out.email = normalizeEmail(input.email);
  if (typeof input.phone === 'string') {
    const country = await defaultCountry(tx, workspaceId);
    const phone = normalizePhone(input.phone, country);
    if (!phone) {
      throw validationError([
        {
          path: 'phone',
          message: country
            ? `Not a valid phone number (local numbers are read as ${country})`
            : 'Not a valid phone number; write it with the country code, e.g. +48 601 234 567',
        },
      ]);
    }
    out.phone = phone;
  }
  return out;
}

/** A search query turned into an E.164 key when it looks like a phone number. */
export async function searchPhoneKey(tx: Db, workspaceId: string, q: string | null) {
  return q ? phoneSearchKey(q, await defaultCountry(tx, workspaceId)) : null;
}

/** The records a duplicate e-mail or phone can belong to. */
type AccountKind = 'company' | 'contact';

export function duplicateError(
  kind: AccountKind,
  existing: { id: string; name: string; email: string | null; phone: string | null },
  keys: { email?: string | null; phone?: string | null },
): DomainError {
  const field = keys.email && keys.email === existing.email ? 'email' : 'phone';
  return new DomainError(
    'duplicate',
    `A ${kind} with this ${field === 'email' ? 'e-mail' : 'phone'} already exists: ${existing.name}.`,
    {
      field,
      existing: { kind, id: existing.id, name: existing.name },
    },
  );
}

type Existing = { id: string; name: string; email: string | null; phone: string | null };

/**
 * Runs an insert or update of an e-mail/phone in a savepoint. When a concurrent write of the same
 * e-mail or phone committed first, the unique index refuses ours; the savepoint keeps the
 * transaction usable, so the 409 can still name the record this one would duplicate.
 */
export async function guardDuplicate<T>(
  tx: Db,
  kind: AccountKind,
  keys: { email: string | null; phone: string | null },
  write: (tx: Db) => Promise<T>,
  findExisting: () => Promise<Existing | null>,
): Promise<T> {
  try {
    return await tx.transaction((savepoint) => write(savepoint as unknown as Db));
  } catch (error) {
    if (!uniqueViolation(error)) throw error;
    const existing = await findExisting();
    if (existing) throw duplicateError(kind, existing, keys);
    throw new DomainError('duplicate', `A ${kind} with this e-mail or phone already exists.`);
  }
}
