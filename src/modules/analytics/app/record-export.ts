import { audit } from '../../../kernel/app/audit.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import type { ReportFormat } from '../../../contract/reports.ts';

/** What a report was asked for: its filters as given and the format of the answer. */
export interface ExportRequest {
  format?: ReportFormat | undefined;
  pipelineId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
}

/**
 * A report downloaded as a CSV or XLSX file leaves the workspace: the audit log keeps who took
 * which report, with which filters (ADR 029). The JSON the pages read is not an export. Written in
 * the report's transaction — the one write a GET makes, besides nothing (ADR 023 as amended).
 */
export async function recordExport(
  deps: Pick<Deps, 'actor' | 'tx' | 'clock'>,
  report: string,
  input: ExportRequest,
): Promise<void> {
  if (input.format === undefined || input.format === 'json') return;
  await audit(deps, {
    action: 'export.downloaded',
    subject: { kind: 'report', id: report, label: null },
    details: {
      format: input.format,
      from: input.from ?? null,
      to: input.to ?? null,
      pipelineId: input.pipelineId ?? null,
      ownerId: input.ownerId ?? null,
      teamId: input.teamId ?? null,
    },
  });
}
