// The public surface of the conveyor module: the only file other modules may import.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { pipelinesRoutes } from './http/pipelines.routes.ts';
import { lostReasonsRoutes } from './http/lost-reasons.routes.ts';
import { activitiesRoutes } from './http/activities.routes.ts';
import { dealsRoutes } from './http/deals.routes.ts';
import { dealActionsRoutes } from './http/deal-actions.routes.ts';
import { dealHistoryRoutes } from './http/deal-history.routes.ts';
import { dealNotesRoutes } from './http/deal-notes.routes.ts';
import { dealFilesRoutes } from './http/deal-files.routes.ts';
import { applyWorkspaceTemplate } from './app/pipelines/apply-workspace-template.ts';
import { dealSearch } from './db/deal-search.ts';

export { activityEventFields } from './app/activities/activity-events.ts';
export { completeActivity } from './app/activities/complete-activity.ts';
export { createActivity } from './app/activities/create-activity.ts';
export { listActivities } from './app/activities/list-activities.ts';
export { createDeal } from './app/deals/create-deal.ts';
export { type DealView } from './app/deals/deal-view.ts';
export { loseDeal } from './app/deals/lose-deal.ts';
export { moveDeal } from './app/deals/move-deal.ts';
export { getDeal } from './app/deals/get-deal.ts';
export { setDealCheck } from './app/deals/set-deal-check.ts';
// For the catalogue's line items: a deal's value follows its products through the conveyor.
export { lockOpenDeal, setDealValue } from './app/deals/set-deal-value.ts';
export { updateDeal } from './app/deals/update-deal.ts';
export { winDeal } from './app/deals/win-deal.ts';
export { listLostReasons } from './app/pipelines/list-lost-reasons.ts';
export { listPipelines } from './app/pipelines/list-pipelines.ts';
export {
  type ActivityInsert,
  type ActivityRow,
  insertActivity,
  recordDealActivity,
} from './db/activities-repo.ts';
export {
  findPipeline,
  listPipelines as loadPipelines,
  type PipelineRecord,
} from './db/pipelines-repo.ts';
export { activities, deals, pipelines } from './db/schema.ts';
export { stuckSql } from './db/stuck-sql.ts';
export { presentDeal } from './http/presenters/deals.ts';
export { DealSchema } from './http/schemas/deals.ts';

/** What the conveyor module gives the server (listed in src/server/modules.ts). */
export const conveyorModule: ServerModule = {
  name: 'conveyor',
  routes: [
    pipelinesRoutes,
    lostReasonsRoutes,
    activitiesRoutes,
    dealsRoutes,
    dealActionsRoutes,
    dealHistoryRoutes,
    dealNotesRoutes,
    dealFilesRoutes,
  ],
  reactions: {
    'workspace.created': [applyWorkspaceTemplate],
  },
  search: [dealSearch],
};
