import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Pipeline, PipelineBody } from './types.ts';

/** `POST /pipelines`: a new pipeline with its stages. */
export function createPipeline(body: PipelineBody): Promise<Pipeline> {
  return unwrap(api.POST('/api/v1/pipelines', { body }));
}
