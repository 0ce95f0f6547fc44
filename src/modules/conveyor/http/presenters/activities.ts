import type { Activity } from '../../app/activities/activity.ts';
import type { ActivityType } from '../../../../contract/activities.ts';

export function presentActivity(a: Activity) {
  return {
    id: a.id,
    type: a.type as ActivityType,
    subject: a.subject,
    dueAt: a.dueAt?.toISOString() ?? null,
    doneAt: a.doneAt?.toISOString() ?? null,
    outcome: a.outcome,
    dealId: a.dealId,
    leadId: a.leadId,
    contactId: a.contactId,
    companyId: a.companyId,
    ownerId: a.ownerId,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
    state: a.state,
  };
}
