// The public surface of the leads module: the only file other modules may import.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { leadsRoutes } from './http/leads.routes.ts';
import { leadActionsRoutes } from './http/lead-actions.routes.ts';
import { leadHistoryRoutes } from './http/lead-history.routes.ts';
import { leadImportsRoutes } from './http/lead-imports.routes.ts';
import { formsRoutes } from './http/forms.routes.ts';
import { formSubmissionsRoutes } from './http/form-submissions.routes.ts';
import { telephonyRoutes } from './http/telephony.routes.ts';
import { touchLeadOnActivity } from './app/record-lead-touch.ts';
import { pickUpQueueOnRoutingChange } from './app/routing.ts';
import { leadSearch } from './db/lead-search.ts';
import { disqualificationReasonsRoutes } from './http/disqualification-reasons.routes.ts';
import { seedDisqualificationReasons } from './app/disqualification/seed-disqualification-reasons.ts';
import { startDisqualificationReasonSeeding } from './jobs/seed-disqualification-reasons.ts';

export { changeLeadStatus } from './app/change-lead-status.ts';
export { convertLead } from './app/convert-lead.ts';
export { createForm } from './app/create-form.ts';
export { createLead } from './app/create-lead.ts';
export { disqualifyLead } from './app/disqualify-lead.ts';
export { listDisqualificationReasons } from './app/disqualification/list-disqualification-reasons.ts';
export { submitForm } from './app/submit-form.ts';
export { recordCallEvent } from './app/telephony/record-call-event.ts';
export { updateLead } from './app/update-lead.ts';

/** What the leads module gives the server (listed in src/server/modules.ts). */
export const leadsModule: ServerModule = {
  name: 'leads',
  routes: [
    leadsRoutes,
    leadActionsRoutes,
    leadHistoryRoutes,
    leadImportsRoutes,
    formsRoutes,
    formSubmissionsRoutes,
    telephonyRoutes,
    disqualificationReasonsRoutes,
  ],
  reactions: {
    'workspace.created': [seedDisqualificationReasons],
    'activity.done_on_lead': [touchLeadOnActivity],
    'member.routing_changed': [pickUpQueueOnRoutingChange],
  },
  search: [leadSearch],
  jobs: [startDisqualificationReasonSeeding],
};
