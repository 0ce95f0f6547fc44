export {
  boardDealsQuery,
  boardStages,
  completeActivity,
  NO_BOARD_FILTERS,
  pipelinesQuery,
  type Pipeline,
} from './deals/deals-api.ts';
export { stayDuration } from './deals/history-sentence.ts';
export { PlanAction } from './deals/plan-action.tsx';
export { conveyorWeb } from './routes.tsx';
