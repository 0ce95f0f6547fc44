import type { NewEvent } from '../../../../kernel/db/events/new-event.ts';
import type { DealRow } from '../../db/deals-repo.ts';

/** The deal's subject and dimensions on a note's or file's event (bookkeeping: no amount). */
export function dealSubject(deal: DealRow): Partial<NewEvent> {
  return {
    dealId: deal.id,
    companyId: deal.companyId,
    contactId: deal.contactId,
    ownerId: deal.ownerId,
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
  };
}

/** One note.mentioned per member the note newly mentions (the author mentioning themselves: none). */
export function mentionEvents(
  deal: DealRow,
  noteId: string,
  mentioned: string[],
  actorId: string,
  at: Date,
): NewEvent[] {
  return mentioned
    .filter((userId) => userId !== actorId)
    .map((userId) => ({
      type: 'note.mentioned',
      occurredAt: at,
      actorId,
      ...dealSubject(deal),
      payload: { noteId, userId },
    }));
}
