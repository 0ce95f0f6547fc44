import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `PUT /lamps/{id}/readings/{week}`: a manual lamp's value for a week, entered by hand (null clears it). */
export function recordReading(lampId: string, week: string, value: number | null) {
  return unwrap(
    api.PUT('/api/v1/lamps/{id}/readings/{week}', {
      params: { path: { id: lampId, week } },
      body: { value },
    }),
  );
}
