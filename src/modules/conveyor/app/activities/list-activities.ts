import { visibleOwners } from '../../../identity/index.ts';
import { listActivities as listRows, type ActivityListState } from '../../db/activities-repo.ts';
import type { Page } from '../../../../kernel/db/pagination.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { withState, type Activity } from './activity.ts';

/**
 * state filter: planned = every not-completed activity (overdue ones too), overdue = not
 * completed and past due, done = completed. Not-completed first by due time, then completed
 * ones latest first. dueBefore is exclusive, dueAfter inclusive; either leaves out activities
 * without a due time.
 */
export async function listActivities(
  input: {
    dealId: string | null;
    leadId: string | null;
    ownerId: string | null;
    state: ActivityListState | null;
    teamId: string | null;
    dueBefore: Date | null;
    dueAfter: Date | null;
    limit: number;
    cursor: string | null;
  },
  { actor, tx, clock }: Deps,
): Promise<Page<Activity>> {
  const now = clock.now();
  const page = await listRows(tx, actor.workspaceId, { ...input, now }, visibleOwners(actor));
  return { items: page.items.map((row) => withState(row, now)), nextCursor: page.nextCursor };
}
