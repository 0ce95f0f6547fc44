import { listForms as listRows, type FormRow } from '../db/forms-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export async function listForms(_input: void, { actor, tx }: Deps): Promise<FormRow[]> {
  return listRows(tx, actor.workspaceId);
}
