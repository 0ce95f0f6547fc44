import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Pipeline } from './types.ts';

/** A pipeline with its whole stage list, as created and as saved. */
export type PipelineBody = RequestBody<'/api/v1/pipelines', 'post'>;
export type StageBody = PipelineBody['stages'][number];
export type CriterionBody = NonNullable<StageBody['exitCriteria']>[number];

/** `POST /pipelines`: a new pipeline with its stages. */
export function createPipeline(body: PipelineBody): Promise<Pipeline> {
  return unwrap(api.POST('/api/v1/pipelines', { body }));
}
