import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { invitations, memberships, workspaces } from '../../identity/index.ts';
import { deals, pipelines } from '../../conveyor/index.ts';
import type { FirstStepFacts } from '../domain/first-steps.ts';

/** Everything the checklist ticks from, in one statement. */
export async function readFirstStepFacts(
  tx: Db,
  workspaceId: string,
): Promise<FirstStepFacts | null> {
  const [row] = await rawRows<FirstStepFacts>(
    tx,
    sql`select
      (select count(*) from ${memberships} where ${memberships.workspaceId} = ${workspaceId}) > 1
        or exists (select 1 from ${invitations} where ${invitations.workspaceId} = ${workspaceId})
        as "teamInvited",
      exists (select 1 from ${pipelines}
        where ${pipelines.workspaceId} = ${workspaceId} and ${pipelines.version} > 1)
        as "pipelineEdited",
      exists (select 1 from ${deals} where ${deals.workspaceId} = ${workspaceId}) as "dealExists",
      coalesce(${workspaces.settings} -> 'firstSteps' ? 'pipelineSeenAt', false) as "pipelineSeen",
      coalesce(${workspaces.settings} -> 'firstSteps' ? 'mapSeenAt', false) as "mapSeen",
      coalesce((${workspaces.settings} -> 'firstSteps' ->> 'dismissed')::boolean, false)
        as "dismissed"
    from ${workspaces} where ${workspaces.id} = ${workspaceId}`,
  );
  return row ?? null;
}
