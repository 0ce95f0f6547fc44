export { boardDealsQuery, boardStages } from './api/board-deals-query.ts';
export { NO_BOARD_FILTERS } from './api/board-filters.ts';
export { completeActivity } from './api/complete-activity.ts';
export { pipelinesQuery } from './api/pipelines-query.ts';
export type { Pipeline } from './api/types.ts';
export { PlannedAndDone } from './deals/activity-list.tsx';
export { activitySentence, stayDuration } from './deals/history-sentence.ts';
export { PlanAction } from './deals/plan-action.tsx';
// For a module that changes a deal (the catalogue's line items): its answer goes everywhere.
export { dealChangeKeys, staleDealKeys, storeDeal } from './deals/deal-cache.ts';
export { useCompleteActivity, useCreateActivity } from './deals/use-activity-write.ts';
// The conveyor's cache keys: other modules name what their writes change with them (a lead's
// activities, the deals a conversion adds).
export { activityKeys, dealKeys, pipelineKeys } from './keys.ts';
export { conveyorWeb } from './routes.tsx';
