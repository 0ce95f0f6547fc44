import type { EventType } from '../../../contract/event-types.ts';

/** A fact to append. Subject and dimension fields are optional; payload holds the rest. */
export interface NewEvent {
  type: EventType;
  occurredAt: Date;
  actorId: string | null;
  leadId?: string | null;
  dealId?: string | null;
  contactId?: string | null;
  companyId?: string | null;
  activityId?: string | null;
  ownerId?: string | null;
  teamId?: string | null;
  pipelineId?: string | null;
  stageId?: string | null;
  fromStageId?: string | null;
  channel?: string | null;
  medium?: string | null;
  campaign?: string | null;
  activityType?: string | null;
  amount?: number | null;
  durationSeconds?: number | null;
  payload?: Record<string, unknown>;
}
