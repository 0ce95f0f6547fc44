export interface OwnerRef {
  ownerId: string | null;
  ownerName: string | null;
}

/** An open deal that needs attention, with how long it has been idle. */
export interface HygieneDeal extends OwnerRef {
  dealId: string;
  title: string;
  stageId: string;
  stageName: string;
  idleDays: number;
}

export interface OverdueActivity extends OwnerRef {
  activityId: string;
  type: string;
  subject: string;
  dueAt: Date;
  dealId: string | null;
  dealTitle: string | null;
}

export interface OwnerHygiene extends OwnerRef {
  stuck: HygieneDeal[];
  withoutNextStep: HygieneDeal[];
  overdueActivities: OverdueActivity[];
}

/** Per owner (unowned last, then by name), what needs attention. */
export function hygieneByOwner(
  stuck: readonly HygieneDeal[],
  withoutNextStep: readonly HygieneDeal[],
  overdue: readonly OverdueActivity[],
): OwnerHygiene[] {
  const owners = new Map<string | null, OwnerHygiene>();
  const ownerOf = (ref: OwnerRef) => {
    let owner = owners.get(ref.ownerId);
    if (!owner) {
      owner = {
        ownerId: ref.ownerId,
        ownerName: ref.ownerName,
        stuck: [],
        withoutNextStep: [],
        overdueActivities: [],
      };
      owners.set(ref.ownerId, owner);
    }
    return owner;
  };
  for (const d of stuck) ownerOf(d).stuck.push(d);
  for (const d of withoutNextStep) ownerOf(d).withoutNextStep.push(d);
  for (const a of overdue) ownerOf(a).overdueActivities.push(a);
  return [...owners.values()].sort((a, b) => {
    if (a.ownerName === null || b.ownerName === null) return a.ownerName === null ? 1 : -1;
    return (
      a.ownerName.localeCompare(b.ownerName) || (a.ownerId ?? '').localeCompare(b.ownerId ?? '')
    );
  });
}
