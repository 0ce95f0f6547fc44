import type { Reaction } from '../../../../kernel/app/reactions.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import { insertLostReason } from '../../db/lost-reasons-repo.ts';
import { workspaceTemplate } from '../../domain/templates/workspace-template.ts';
import { insertPipelineWithStages } from './create-pipeline.ts';

/** A new workspace gets its template's pipelines and loss reasons, in its language. */
export const applyWorkspaceTemplate: Reaction<'workspace.created'> = async (
  { workspaceId, template, locale },
  { tx, clock },
) => {
  const now = clock.now();
  const { pipelines, lostReasons } = workspaceTemplate(template, locale);
  const stageIds = new Map<string, string>();
  for (const input of pipelines) {
    const pipeline = await insertPipelineWithStages(tx, workspaceId, input, now);
    for (const stage of pipeline.stages) stageIds.set(stage.name, stage.id);
  }
  for (const reason of lostReasons) {
    await insertLostReason(tx, {
      workspaceId,
      id: newId(),
      name: reason.name,
      standard: reason.standard,
      stageIds: reason.stageNames?.map((name) => stageIdOf(stageIds, name)) ?? null,
      createdAt: now,
      updatedAt: now,
    });
  }
};

function stageIdOf(stageIds: Map<string, string>, name: string): string {
  const id = stageIds.get(name);
  // Template data is fixed and tested: a name that matches no stage is a bug, not user input.
  if (!id) throw new Error(`Template loss reason names an unknown stage "${name}"`);
  return id;
}
