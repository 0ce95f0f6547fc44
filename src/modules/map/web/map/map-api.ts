import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { paths } from '../../../../kernel/web/lib/api-schema.gen.ts';
import type { Lamp, ProcessGroup } from '../lamps/lamps-api.ts';

export type GroupBody = NonNullable<
  paths['/api/v1/process-map/groups']['post']['requestBody']
>['content']['application/json'];
export type LampBody = NonNullable<
  paths['/api/v1/lamps']['post']['requestBody']
>['content']['application/json'];
export type LampChanges = NonNullable<
  paths['/api/v1/lamps/{id}']['patch']['requestBody']
>['content']['application/json'];
export type MetricPreview =
  paths['/api/v1/metrics/preview']['post']['responses'][200]['content']['application/json'];
export type GroupKind = ProcessGroup['kind'];
export type LampPosition = Lamp['position'];

export const GROUP_KINDS = [
  'strategy',
  'management',
  'prospecting',
  'marketing',
  'qualification',
  'sales',
  'service',
  'cross_upsell',
  'account_management',
  'key_account_management',
  'custom',
] as const satisfies readonly GroupKind[];

export const CADENCES = ['daily', 'weekly', 'monthly'] as const;
export const LAMP_POSITIONS = ['start', 'middle', 'end'] as const satisfies readonly LampPosition[];

export function createGroup(body: GroupBody): Promise<ProcessGroup> {
  return unwrap(api.POST('/api/v1/process-map/groups', { body }));
}

/** Saves a group's changes with `If-Match` (stale → 412 version_conflict). */
export function saveGroup(group: ProcessGroup, body: Partial<GroupBody>): Promise<ProcessGroup> {
  return unwrap(
    api.PATCH('/api/v1/process-map/groups/{id}', {
      params: { path: { id: group.id } },
      headers: ifMatch(group.version),
      body,
    }),
  );
}

export function deleteGroup(id: string): Promise<unknown> {
  return unwrap(api.DELETE('/api/v1/process-map/groups/{id}', { params: { path: { id } } }));
}

export function createLamp(body: LampBody): Promise<Lamp> {
  return unwrap(api.POST('/api/v1/lamps', { body }));
}

export function saveLamp(lamp: Lamp, body: LampChanges): Promise<Lamp> {
  return unwrap(
    api.PATCH('/api/v1/lamps/{id}', {
      params: { path: { id: lamp.id } },
      headers: ifMatch(lamp.version),
      body,
    }),
  );
}

export function deleteLamp(id: string): Promise<unknown> {
  return unwrap(api.DELETE('/api/v1/lamps/{id}', { params: { path: { id } } }));
}

/** A manual lamp's value for a week, entered by hand (null clears it). */
export function recordReading(lampId: string, week: string, value: number | null) {
  return unwrap(
    api.PUT('/api/v1/lamps/{id}/readings/{week}', {
      params: { path: { id: lampId, week } },
      body: { value },
    }),
  );
}

export function previewMetric(
  metric: unknown,
  thresholds?: LampBody['thresholds'],
): Promise<MetricPreview> {
  return unwrap(
    api.POST('/api/v1/metrics/preview', {
      body: thresholds ? { metric, thresholds } : { metric },
    }),
  );
}
