import { queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type Deal = components['schemas']['Deal'];
export type Pipeline = components['schemas']['Pipeline'];
export type Stage = components['schemas']['Stage'];
export type LostReason = components['schemas']['LostReason'];
export type Activity = components['schemas']['Activity'];
export type ActivityType = Activity['type'];
export type ExitCriterion = components['schemas']['ExitCriterion'];
export type DealField = 'value' | 'expectedCloseDate' | 'contactId' | 'companyId';

/** One item of a `stage_gate_unmet` answer. */
export interface UnmetCriterion {
  stageId: string;
  criterionId: string | null;
  kind: string;
  label: string;
}

export const pipelinesQuery = queryOptions({
  queryKey: ['pipelines', 'list'],
  queryFn: () => unwrap(api.GET('/api/v1/pipelines')),
  staleTime: 60_000,
});

/** The board's filters, applied by the server. */
export interface BoardFilters {
  ownerId: string | null;
  stuck: boolean;
  noNextActivity: boolean;
}

/** What the board shows before the user picks a filter. */
export const NO_BOARD_FILTERS: BoardFilters = {
  ownerId: null,
  stuck: false,
  noNextActivity: false,
};

/** A pipeline's stages in board order. */
export function boardStages(pipeline: Pipeline | undefined): Stage[] {
  return [...(pipeline?.stages ?? [])].sort((a, b) => a.order - b.order);
}

/** Cards a column draws at first and adds per "show more": the rest wait until asked for. */
export const BOARD_PAGE = 50;

/** The cards the board has drawn, and per stage the cursor of the next page (null: all shown). */
export interface BoardDeals {
  deals: Deal[];
  more: Record<string, string | null>;
}

/**
 * The open deals of a pipeline, the first page of every stage at once. `pagesOf` says how many
 * pages a column had shown, so a refetch after a move keeps the columns the user opened up.
 */
export const boardDealsQuery = (
  pipelineId: string,
  stageIds: string[],
  filters: BoardFilters,
  pagesOf: (stageId: string) => number = () => 1,
) =>
  queryOptions({
    queryKey: ['deals', 'board', pipelineId, stageIds, filters],
    queryFn: async (): Promise<BoardDeals> => {
      const columns = await Promise.all(
        stageIds.map((stageId) => stageDeals(pipelineId, stageId, filters, pagesOf(stageId))),
      );
      return {
        deals: columns.flatMap((c) => c.deals),
        more: Object.fromEntries(stageIds.map((id, i) => [id, columns[i]?.nextCursor ?? null])),
      };
    },
    enabled: Boolean(pipelineId) && stageIds.length > 0,
  });

/** Each stage's count and value under the same filters: the column headers. */
export const boardTotalsQuery = (pipelineId: string, filters: BoardFilters) =>
  queryOptions({
    queryKey: ['deals', 'board', pipelineId, 'totals', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/deals/stage-totals', {
          params: { query: { pipelineId, status: 'open', ...filterQuery(filters) } },
        }),
      ),
    enabled: Boolean(pipelineId),
  });

function filterQuery(filters: BoardFilters) {
  return {
    ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
    ...(filters.stuck ? { stuck: 'true' as const } : {}),
    ...(filters.noNextActivity ? { noNextActivity: 'true' as const } : {}),
  };
}

/** `pages` pages of a stage's open deals, from `cursor` (the start when null). */
export async function stageDeals(
  pipelineId: string,
  stageId: string,
  filters: BoardFilters,
  pages: number,
  cursor: string | null = null,
): Promise<{ deals: Deal[]; nextCursor: string | null }> {
  const deals: Deal[] = [];
  let next = cursor;
  for (let page = 0; page < pages; page++) {
    const answer = await unwrap(
      api.GET('/api/v1/deals', {
        params: {
          query: {
            pipelineId,
            stageId,
            status: 'open',
            ...filterQuery(filters),
            limit: BOARD_PAGE,
            ...(next ? { cursor: next } : {}),
          },
        },
      }),
    );
    deals.push(...answer.items);
    next = answer.nextCursor ?? null;
    if (!next) break;
  }
  return { deals, nextCursor: next };
}

export const activeLostReasonsQuery = queryOptions({
  queryKey: ['lost-reasons', 'active'],
  queryFn: () => unwrap(api.GET('/api/v1/lost-reasons', { params: { query: { active: 'true' } } })),
  staleTime: 60_000,
});

export function createDeal(body: {
  title: string;
  pipelineId: string;
  value?: number;
  companyId?: string;
}): Promise<Deal> {
  return unwrap(api.POST('/api/v1/deals', { body }));
}

export function moveDeal(id: string, stageId: string, overrideReason?: string): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/move', {
      params: { path: { id } },
      body: { stageId, ...(overrideReason ? { override: { reason: overrideReason } } : {}) },
    }),
  );
}

export function tickCheck(id: string, criterionId: string): Promise<Deal> {
  return unwrap(
    api.PUT('/api/v1/deals/{id}/checks/{criterionId}', {
      params: { path: { id, criterionId } },
      body: { done: true },
    }),
  ) as Promise<Deal>;
}

/** Ticks or unticks a `check` criterion on the deal. */
export function setCheck(id: string, criterionId: string, done: boolean): Promise<Deal> {
  return unwrap(
    api.PUT('/api/v1/deals/{id}/checks/{criterionId}', {
      params: { path: { id, criterionId } },
      body: { done },
    }),
  ) as Promise<Deal>;
}

export function updateDeal(
  id: string,
  body: Partial<Record<DealField, string | number | null>>,
): Promise<Deal> {
  return unwrap(api.PATCH('/api/v1/deals/{id}', { params: { path: { id } }, body: body as never }));
}

export function createActivity(body: {
  type: ActivityType;
  subject: string;
  dealId: string;
  dueAt?: string;
  doneAt?: string;
}) {
  return unwrap(api.POST('/api/v1/activities', { body }));
}

export function loseDeal(id: string, lostReasonId: string, comment?: string): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/lose', {
      params: { path: { id } },
      body: { lostReasonId, ...(comment ? { comment } : {}) },
    }),
  );
}

export const dealQuery = (id: string) =>
  queryOptions({
    queryKey: ['deals', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/v1/deals/{id}', { params: { path: { id } } })),
  });

/** A deal's activities in one state (`planned` includes the overdue ones), up to 200. */
export const dealActivitiesQuery = (dealId: string, state: 'planned' | 'done') =>
  queryOptions({
    queryKey: ['activities', 'deal', dealId, state],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/activities', { params: { query: { dealId, state, limit: 200 } } }),
        )
      ).items,
  });

export interface DealChanges {
  value?: number | null;
  currency?: string;
  companyId?: string | null;
  contactId?: string | null;
  ownerId?: string | null;
  expectedCloseDate?: string | null;
}

/** Edits a deal's fields with `If-Match` (a stale version → 412 `version_conflict`). */
export function saveDeal(deal: Deal, body: DealChanges): Promise<Deal> {
  return unwrap(
    api.PATCH('/api/v1/deals/{id}', {
      params: { path: { id: deal.id } },
      headers: ifMatch(deal.version),
      body,
    }),
  );
}

export function winDeal(id: string, comment?: string, overrideReason?: string): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/win', {
      params: { path: { id } },
      body: {
        ...(comment ? { comment } : {}),
        ...(overrideReason ? { override: { reason: overrideReason } } : {}),
      },
    }),
  );
}

export function reopenDeal(id: string): Promise<Deal> {
  return unwrap(api.POST('/api/v1/deals/{id}/reopen', { params: { path: { id } }, body: {} }));
}

export function completeActivity(id: string) {
  return unwrap(
    api.POST('/api/v1/activities/{id}/complete', { params: { path: { id } }, body: {} }),
  );
}
