import { queryOptions } from '@tanstack/react-query';
import { ApiProblem } from '../../lib/problem.ts';

/** What a lamp counted in a week: deals, leads and activities (a ratio: its numerator). */
export interface DrilldownItem {
  kind: 'deal' | 'lead' | 'activity';
  id: string;
  title: string;
  dealId: string | null;
  ownerId: string | null;
  at: string | null;
}

export interface Drilldown {
  lampId: string;
  week: string;
  items: DrilldownItem[];
  truncated: boolean;
}

/** `GET /lamps/{id}/drilldown?week=` — what is behind a lamp's reading that week. */
export const drilldownQuery = (lampId: string, week: string) =>
  queryOptions({
    queryKey: ['lamps', 'drilldown', lampId, week],
    queryFn: async (): Promise<Drilldown> => {
      const query = new URLSearchParams({ week });
      const response = await fetch(
        `/api/v1/lamps/${encodeURIComponent(lampId)}/drilldown?${query}`,
        { credentials: 'same-origin' },
      );
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw ApiProblem.from(response.status, body);
      return body as Drilldown;
    },
  });
