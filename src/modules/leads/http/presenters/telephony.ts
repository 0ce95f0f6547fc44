import type { CallResult } from '../../app/telephony/record-call-event.ts';

/** A call event's outcome (a replayed delivery answers the stored first one the same way). */
export function presentCallResult(r: CallResult) {
  return {
    callId: r.callId,
    contactId: r.contactId,
    leadId: r.leadId,
    dealId: r.dealId,
    activityId: r.activityId,
    callbackId: r.callbackId,
    leadCreated: r.leadCreated,
  };
}
