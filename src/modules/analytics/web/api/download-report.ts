import { api } from '../../../../kernel/web/lib/api-client.ts';
import { ApiProblem } from '../../../../kernel/web/lib/problem.ts';
import { saveFile } from './save-file.ts';
import { sharedPath } from './shared-path.ts';
import type { ExportFormat, ReportName, ReportParams } from './types.ts';

/** `GET /reports/<name>?format=`: the report as CSV or XLSX for the filters on screen, downloaded. */
export async function downloadReport(
  name: ReportName,
  params: ReportParams,
  format: ExportFormat,
): Promise<void> {
  const { data, error, response } = await api.GET(sharedPath(name), {
    params: { query: { ...params, format } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiProblem.from(response.status, error);
  saveFile(data as Blob, response, `${name}.${format}`);
}
