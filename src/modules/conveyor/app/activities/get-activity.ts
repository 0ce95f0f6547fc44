import { visibleOwners } from '../../../identity/index.ts';
import { findActivity } from '../../db/activities-repo.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { withState, type Activity } from './activity.ts';

export async function getActivity(
  input: { activityId: string },
  { actor, tx, clock }: Deps,
): Promise<Activity> {
  const activity = await findActivity(
    tx,
    actor.workspaceId,
    input.activityId,
    visibleOwners(actor),
  );
  if (!activity) throw notFound('activity');
  return withState(activity, clock.now());
}
