import { queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components, paths } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type Pipeline = components['schemas']['Pipeline'];
export type LostReason = components['schemas']['LostReason'];
export type PipelineBody = NonNullable<
  paths['/api/v1/pipelines']['post']['requestBody']
>['content']['application/json'];
export type StageBody = PipelineBody['stages'][number];
export type CriterionBody = StageBody['exitCriteria'] extends (infer C)[] | undefined ? C : never;

export const DEAL_FIELDS = ['value', 'expectedCloseDate', 'contactId', 'companyId'] as const;
export const CRITERION_KINDS = ['check', 'field', 'activity', 'nextActivity'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** Always refetched on opening: an editor must start from the latest version. */
export const settingsPipelinesQuery = queryOptions({
  queryKey: ['pipelines', 'list'],
  queryFn: () => unwrap(api.GET('/api/v1/pipelines')),
  staleTime: 0,
});

/** Every loss reason, retired ones too. */
export const allLostReasonsQuery = queryOptions({
  queryKey: ['lost-reasons', 'list'],
  queryFn: () => unwrap(api.GET('/api/v1/lost-reasons')),
  staleTime: 0,
});

export function createPipeline(body: PipelineBody): Promise<Pipeline> {
  return unwrap(api.POST('/api/v1/pipelines', { body }));
}

/** Replaces the name and the stage list with `If-Match` (stale → 412, stage with deals removed → 409). */
export function savePipeline(pipeline: Pipeline, body: PipelineBody): Promise<Pipeline> {
  return unwrap(
    api.PATCH('/api/v1/pipelines/{id}', {
      params: { path: { id: pipeline.id } },
      headers: ifMatch(pipeline.version),
      body,
    }),
  );
}

export interface LostReasonChanges {
  name?: string;
  standard?: string;
  stageIds?: string[] | null;
  active?: boolean;
}

export function createLostReason(body: {
  name: string;
  standard: string;
  stageIds: string[] | null;
}): Promise<LostReason> {
  return unwrap(api.POST('/api/v1/lost-reasons', { body }));
}

export function saveLostReason(reason: LostReason, body: LostReasonChanges): Promise<LostReason> {
  return unwrap(
    api.PATCH('/api/v1/lost-reasons/{id}', {
      params: { path: { id: reason.id } },
      headers: ifMatch(reason.version),
      body,
    }),
  );
}
