import { countUnassigned } from '../db/leads-repo.ts';
import { memberLoads } from '../db/routing-repo.ts';
import { hasCapacity } from '../domain/assignment.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';

export interface LeadLoad {
  people: {
    userId: string;
    name: string;
    hunter: boolean;
    active: boolean;
    openLeads: number;
    leadLimit: number | null;
    /** May take another lead (below the limit). */
    available: boolean;
  }[];
  unassigned: number;
}

/** Managers see each hunter's open leads against their limit, and the unassigned queue. */
export async function getLeadLoad(_input: void, { actor, tx }: Deps): Promise<LeadLoad> {
  requireManager(actor);
  const loads = await memberLoads(tx, actor.workspaceId);
  const people = loads
    .filter((m) => m.salesRoles.includes('hunter') || m.openLeads > 0)
    .map((m) => ({
      userId: m.userId,
      name: m.name,
      hunter: m.salesRoles.includes('hunter'),
      active: m.active,
      openLeads: m.openLeads,
      leadLimit: m.leadLimit,
      available: m.active && hasCapacity(m),
    }));
  return { people, unassigned: await countUnassigned(tx, actor.workspaceId) };
}
