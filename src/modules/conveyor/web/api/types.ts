import type { components, paths } from '../../../../kernel/web/lib/api-schema.gen.ts';
import type { RequestBody } from '../../../../kernel/web/lib/request-body.ts';

// The conveyor's records as the API returns them (from the generated schema, never by hand).
type Schemas = components['schemas'];

export type Deal = Schemas['Deal'];
export type Pipeline = Schemas['Pipeline'];
export type Stage = Schemas['Stage'];
export type ExitCriterion = Schemas['ExitCriterion'];
export type LostReason = Schemas['LostReason'];
export type Activity = Schemas['Activity'];
export type ActivityType = Activity['type'];
export type DealHistoryItem = Schemas['DealHistoryItem'];
export type StageTotals = Schemas['DealStageTotals'];

/** A deal field an exit criterion can require. */
export type DealField = Extract<ExitCriterion, { kind: 'field' }>['field'];

/** One item of a `stage_gate_unmet` answer: an exit criterion still to be met. */
export type UnmetCriterion = NonNullable<Schemas['Problem']['unmet']>[number];

export type NewDeal = RequestBody<paths['/api/v1/deals']['post']>;
export type DealChanges = RequestBody<paths['/api/v1/deals/{id}']['patch']>;
export type NewActivity = RequestBody<paths['/api/v1/activities']['post']>;
export type PipelineBody = RequestBody<paths['/api/v1/pipelines']['post']>;
export type NewLostReason = RequestBody<paths['/api/v1/lost-reasons']['post']>;
export type LostReasonChanges = RequestBody<paths['/api/v1/lost-reasons/{id}']['patch']>;
export type StageBody = PipelineBody['stages'][number];
export type CriterionBody = NonNullable<StageBody['exitCriteria']>[number];
