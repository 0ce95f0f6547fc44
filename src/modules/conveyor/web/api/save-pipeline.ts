import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { PipelineBody } from './create-pipeline.ts';
import type { Pipeline } from './types.ts';

/**
 * `PATCH /pipelines/{id}` with `If-Match`: replaces the name and the whole stage list (stale →
 * 412, a removed stage that holds deals → 409 `stage_in_use`).
 */
export function savePipeline(pipeline: Pipeline, body: PipelineBody): Promise<Pipeline> {
  return unwrap(api.PATCH('/api/v1/pipelines/{id}', { ...versioned(pipeline), body }));
}
