import type { Reaction } from '../../../../kernel/app/reactions.ts';
import type { Db } from '../../../../kernel/db/connection.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import type { PublicDeps } from '../../../../kernel/app/context.ts';
import type { Locale } from '../../../../contract/roles.ts';
import { findWorkspace } from '../../../identity/index.ts';
import {
  insertDisqualificationReasons,
  workspacesWithoutDisqualificationReasons,
} from '../../db/disqualification-reasons-repo.ts';
import { defaultDisqualificationReasons } from '../../domain/disqualification-reason-texts.ts';

async function seed(tx: Db, workspaceId: string, locale: Locale, now: Date) {
  await insertDisqualificationReasons(
    tx,
    workspaceId,
    defaultDisqualificationReasons(locale).map((r) => ({
      id: newId(),
      name: r.name,
      standard: r.standard,
      revisitDays: r.revisitDays,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

/** Every new workspace starts with the standard list, in its language (any template). */
export const seedDisqualificationReasons: Reaction<'workspace.created'> = async (
  { workspaceId, locale },
  { tx, clock },
) => seed(tx, workspaceId, locale, clock.now());

/**
 * Workspaces made before the list existed get it once, each in its language (run at start-up by
 * the leads job): a lead cannot be disqualified without a reason from the list. Returns how many
 * workspaces were given the list.
 */
export async function seedMissingDisqualificationReasons(
  _input: Record<string, never>,
  { tx, clock }: PublicDeps,
): Promise<number> {
  const missing = await workspacesWithoutDisqualificationReasons(tx);
  for (const workspaceId of missing) {
    const workspace = await findWorkspace(tx, workspaceId);
    if (workspace) await seed(tx, workspace.id, workspace.locale as Locale, clock.now());
  }
  return missing.length;
}
