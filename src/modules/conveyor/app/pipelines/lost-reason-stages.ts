import type { Db } from '../../../../kernel/db/connection.ts';
import { existingStageIds } from '../../db/lost-reasons-repo.ts';
import { validationError } from '../../../../kernel/domain/errors.ts';

/** A reason limited to stages names stages of this workspace; an empty list means "everywhere". */
export async function checkedStageIds(
  tx: Db,
  workspaceId: string,
  stageIds: string[] | null | undefined,
): Promise<string[] | null | undefined> {
  if (stageIds === undefined) return undefined;
  if (stageIds === null || stageIds.length === 0) return null;
  const unique = [...new Set(stageIds)];
  const known = await existingStageIds(tx, workspaceId, unique);
  const errors = stageIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `stageIds.${i}`, message: 'No such stage in this workspace' }],
  );
  if (errors.length > 0) throw validationError(errors);
  return unique;
}
