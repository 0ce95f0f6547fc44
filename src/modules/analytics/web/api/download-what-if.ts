import { api } from '../../../../kernel/web/lib/api-client.ts';
import { ApiProblem } from '../../../../kernel/web/lib/problem.ts';
import { saveFile } from './save-file.ts';
import type { ExportFormat, WhatIfBody } from './types.ts';

/** `POST /reports/what-if?format=`: the months, drivers and levers of the scenario on screen, downloaded. */
export async function downloadWhatIf(body: WhatIfBody, format: ExportFormat): Promise<void> {
  const { data, error, response } = await api.POST('/api/v1/reports/what-if', {
    params: { query: { format } },
    body,
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiProblem.from(response.status, error);
  saveFile(data as Blob, response, `what-if.${format}`);
}
