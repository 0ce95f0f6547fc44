import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import {
  checkProspectImport,
  reportOf,
  type ProspectImportInput,
  type ProspectImportReport,
} from './check-prospect-import.ts';

/**
 * The dry run of a prospect list: how its columns map (guessed when not given), how many rows
 * would be imported, and every bad row with its field and why. Writes nothing.
 */
export async function dryRunProspectImport(
  input: ProspectImportInput,
  { actor, tx }: Deps,
): Promise<ProspectImportReport> {
  requireManager(actor);
  return reportOf(await checkProspectImport(tx, actor.workspaceId, input));
}
