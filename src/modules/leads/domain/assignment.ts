/** A workspace member as lead routing sees them. */
export interface RoutingCandidate {
  userId: string;
  active: boolean;
  salesRoles: readonly string[];
  /** Null: no limit. */
  leadLimit: number | null;
  openLeads: number;
}

/** May this member take one more lead by hand (their limit not reached)? */
export function hasCapacity(c: Pick<RoutingCandidate, 'leadLimit' | 'openLeads'>): boolean {
  return c.leadLimit === null || c.openLeads < c.leadLimit;
}

/** Automatic routing considers active hunters under their limit. */
export function isEligible(c: RoutingCandidate): boolean {
  return c.active && c.salesRoles.includes('hunter') && hasCapacity(c);
}

/**
 * Round robin: the eligible candidate whose id comes next after the last one assigned (ids in
 * order, wrapping around); the first by id when nobody was assigned yet. Null: everybody full.
 */
export function pickOwner(
  candidates: readonly RoutingCandidate[],
  lastAssignedId: string | null,
): string | null {
  const eligible = candidates
    .filter(isEligible)
    .map((c) => c.userId)
    .sort();
  if (eligible.length === 0) return null;
  if (lastAssignedId === null) return eligible[0]!;
  return eligible.find((id) => id > lastAssignedId) ?? eligible[0]!;
}

export interface AssignmentPlan {
  /** Lead id → owner id, in the order given. */
  assignments: { leadId: string; ownerId: string }[];
  lastAssignedId: string | null;
}

/**
 * Hands queued leads (oldest first, as given) to candidates by round robin until the queue is
 * empty or everybody is at their limit. Pure: the caller writes the plan.
 */
export function planAssignments(
  candidates: readonly RoutingCandidate[],
  lastAssignedId: string | null,
  queue: readonly string[],
): AssignmentPlan {
  const load = candidates.map((c) => ({ ...c }));
  const assignments: AssignmentPlan['assignments'] = [];
  let last = lastAssignedId;
  for (const leadId of queue) {
    const ownerId = pickOwner(load, last);
    if (ownerId === null) break;
    load.find((c) => c.userId === ownerId)!.openLeads += 1;
    assignments.push({ leadId, ownerId });
    last = ownerId;
  }
  return { assignments, lastAssignedId: last };
}
