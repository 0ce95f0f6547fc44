import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type ProcessMap = components['schemas']['ProcessMap'];
export type ProcessGroup = components['schemas']['ProcessGroup'];
export type Lamp = components['schemas']['Lamp'];
export type LampReading = components['schemas']['LampReading'];
export type LampStatus = LampReading['status'];
export type Thresholds = components['schemas']['Thresholds'];

export const processMapQuery = queryOptions({
  queryKey: ['process-map'],
  queryFn: () => unwrap(api.GET('/api/v1/process-map')),
});

/** Readings of every lamp for the weeks from..to (default: the quarter ending this week). */
export const lampReadingsQuery = (range: { from?: string; to?: string } = {}) =>
  queryOptions({
    queryKey: ['lamps', 'readings', range.from ?? null, range.to ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lamps/readings', {
          params: {
            query: {
              ...(range.from ? { from: range.from } : {}),
              ...(range.to ? { to: range.to } : {}),
            },
          },
        }),
      ),
  });

/** The readings of one lamp, in week order. */
export function readingsOf(readings: LampReading[], lampId: string): LampReading[] {
  return readings.filter((r) => r.lampId === lampId).sort((a, b) => a.week.localeCompare(b.week));
}
