import { findActivity, updateActivity as updateRow } from '../../db/activities-repo.ts';
import {
  DomainError,
  notFound,
  validationError,
  type FieldError,
} from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireEditable } from '../../../identity/index.ts';
import { withState, type Activity } from './activity.ts';
import { checkActivityReferences } from './activity-references.ts';

export interface UpdateActivityInput {
  activityId: string;
  subject?: string;
  dueAt?: Date | null;
  ownerId?: string;
  outcome?: string | null;
  expectedVersion?: number;
}

/** Reschedules, renames or reassigns an activity; a planned one keeps a due time. */
export async function updateActivity(
  input: UpdateActivityInput,
  { actor, tx, clock }: Deps,
): Promise<Activity> {
  const { activityId, expectedVersion, ...patch } = input;
  const existing = await findActivity(tx, actor.workspaceId, activityId);
  if (!existing) throw notFound('activity');
  await requireEditable(tx, actor, existing.ownerId, 'this activity');
  const errors: FieldError[] = [];
  if (patch.dueAt === null && !existing.doneAt) {
    errors.push({ path: 'dueAt', message: 'Required for a planned activity' });
  }
  await checkActivityReferences(tx, actor.workspaceId, { ownerId: patch.ownerId }, errors);
  if (errors.length > 0) throw validationError(errors);
  const now = clock.now();
  const updated = await updateRow(tx, actor.workspaceId, activityId, patch, expectedVersion, now);
  if (!updated) {
    throw new DomainError('version_conflict', 'This activity was changed by someone else.');
  }
  return withState(updated, now);
}
