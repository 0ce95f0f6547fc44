import { and, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../kernel/app/context.ts';
import { requireManagerToReassign } from '../../../kernel/app/require-manager.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import type { OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { RecordScope } from '../../../contract/roles.ts';
import { memberships } from '../db/schema.ts';

// Record permissions (docs/permissions.md): a record belongs to its owner, and through the
// owner to the owner's team. A record nobody owns is everyone's — the lead queue must stay
// visible to the people who take leads from it.

/** The "team" scope of someone in no team is their own records. */
function effective(scope: RecordScope, actor: Actor): RecordScope {
  return scope === 'team' && !actor.records.teamId ? 'own' : scope;
}

/** Whether `ownerColumn` is in the actor's team (one indexed lookup per row). */
function ownerInTeam(actor: Actor, ownerColumn: AnyColumn | SQL): SQL {
  return sql`exists (select 1 from ${memberships}
    where ${memberships.workspaceId} = ${actor.workspaceId}
      and ${memberships.userId} = ${ownerColumn}
      and ${memberships.teamId} = ${actor.records.teamId})`;
}

/** The condition that keeps a query to owners within `scope`, or undefined for every owner. */
function ownersWithin(
  actor: Actor,
  scope: RecordScope,
  ownerColumn: AnyColumn | SQL,
): SQL | undefined {
  const reach = effective(scope, actor);
  if (reach === 'all') return undefined;
  const mineOrNobodys = or(
    sql`${ownerColumn} is null`,
    sql`${ownerColumn} = ${actor.userId}::uuid`,
  )!;
  return reach === 'own' ? mineOrNobodys : or(mineOrNobodys, ownerInTeam(actor, ownerColumn));
}

/**
 * The records the actor may see, for a repository to apply to its owner column: built into the
 * query itself, so a read stays one statement (ADR 022).
 */
export function visibleOwners(actor: Actor): OwnerFilter {
  return (ownerColumn) => ownersWithin(actor, actor.records.view, ownerColumn);
}

/** The records the actor may change, for a read that decides in the same statement. */
export function editableOwners(actor: Actor): OwnerFilter {
  return (ownerColumn) => ownersWithin(actor, actor.records.edit, ownerColumn);
}

/** Whether the actor may see a record with this owner (for records already read). */
export async function canSeeOwner(tx: Db, actor: Actor, ownerId: string | null): Promise<boolean> {
  return reaches(tx, actor, effective(actor.records.view, actor), ownerId);
}

/**
 * Refuses (403 forbidden) a change to a record outside what the actor may edit. `what` names the
 * record for the message: "this deal".
 */
export async function requireEditable(
  tx: Db,
  actor: Actor,
  ownerId: string | null,
  what: string,
): Promise<void> {
  if (await reaches(tx, actor, effective(actor.records.edit, actor), ownerId)) return;
  throw notEditable(actor, what);
}

/**
 * The rules of a change to an owned record, in one place: the actor may edit it (their edit
 * scope), and only a manager or an admin gives it to another owner (anyone may claim a record
 * nobody owns). `what` names the record: "deal".
 */
export async function requireMayChange(
  tx: Db,
  actor: Actor,
  owner: { from: string | null; to: string | null | undefined },
  what: string,
): Promise<void> {
  await requireEditable(tx, actor, owner.from, `this ${what}`);
  requireManagerToReassign(
    actor,
    owner,
    `Only a manager or an admin may give a ${what} to another owner.`,
  );
}

/** The refusal of a change outside the actor's edit scope (403 forbidden). */
export function notEditable(actor: Actor, what: string): DomainError {
  const whose =
    effective(actor.records.edit, actor) === 'own' ? 'your own' : "your own and your team's";
  return new DomainError(
    'forbidden',
    `You may change only ${whose} records; ${what} belongs to someone else. Ask its owner or a manager.`,
  );
}

async function reaches(
  tx: Db,
  actor: Actor,
  scope: RecordScope,
  ownerId: string | null,
): Promise<boolean> {
  if (scope === 'all' || ownerId === null || ownerId === actor.userId) return true;
  if (scope === 'own') return false;
  const [row] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, actor.workspaceId),
        eq(memberships.userId, ownerId),
        eq(memberships.teamId, actor.records.teamId!),
      ),
    );
  return row !== undefined;
}
