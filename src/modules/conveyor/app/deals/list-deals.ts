import { z } from 'zod';
import { listDeals as listRows } from '../../db/deals-repo.ts';
import { listPipelines } from '../../db/pipelines-repo.ts';
import { decodeCursor, toPage, type Page } from '../../../../kernel/db/pagination.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealViews, rotDaysOf, type DealView } from './deal-view.ts';

export interface ListDealsInput {
  pipelineId: string | null;
  stageId: string | null;
  status: 'open' | 'won' | 'lost' | null;
  ownerId: string | null;
  teamId: string | null;
  stuck: boolean | null;
  noNextActivity: boolean | null;
  limit: number;
  cursor: string | null;
}

const idCursor = z.object({ i: z.uuid() });

export async function listDeals(
  input: ListDealsInput,
  { actor, tx, clock }: Deps,
): Promise<Page<DealView>> {
  const afterId = input.cursor ? decodeCursor(input.cursor, idCursor).i : null;
  const now = clock.now();
  const rows = await listRows(tx, actor.workspaceId, {
    ...input,
    now,
    afterId,
    limit: input.limit + 1,
  });
  const page = toPage(rows, input.limit, (d) => ({ i: d.id }));
  const rotDays = rotDaysOf(await listPipelines(tx, actor.workspaceId));
  return {
    items: await dealViews(tx, actor.workspaceId, page.items, rotDays, now),
    nextCursor: page.nextCursor,
  };
}
