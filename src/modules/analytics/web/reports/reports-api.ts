import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { paths } from '../../../../kernel/web/lib/api-schema.gen.ts';
import { ApiProblem } from '../../../../kernel/web/lib/problem.ts';

/** Every `GET /api/v1/reports/<name>` in the generated schema: new reports join by themselves. */
export type ReportName = {
  [P in keyof paths]: P extends `/api/v1/reports/${infer N}`
    ? paths[P] extends { get: { responses: { 200: unknown } } }
      ? N
      : never
    : never;
}[keyof paths];

type ReportPath<N extends ReportName> = `/api/v1/reports/${N}`;

/** The JSON answer of a report, as the generated schema types it. */
export type ReportData<N extends ReportName> =
  paths[ReportPath<N>]['get']['responses'][200]['content']['application/json'];

/** The filters sent to a report (the address's filters with the report's defaults filled in). */
export interface ReportParams {
  pipelineId?: string;
  from?: string;
  to?: string;
  ownerId?: string;
  teamId?: string;
  /** Of the funnels and loss reasons: the source they narrow to. */
  channel?: 'inbound' | 'outbound';
  medium?: string;
  campaign?: string;
  /** Of the sources report only: channel, channel + medium, or down to the campaign. */
  groupBy?: 'channel' | 'medium' | 'campaign';
}

export type ExportFormat = 'csv' | 'xlsx';

// Every report takes the same filters (src/http/schemas/reports.ts), so one path's query type
// stands for all of them here.
type Shared = '/api/v1/reports/people';
const sharedPath = (name: ReportName) => `/api/v1/reports/${name}` as Shared;

/** A report's JSON for the filters; the last answer stays on screen while the next loads. */
export const reportQuery = <N extends ReportName>(name: N, params: ReportParams) =>
  queryOptions({
    queryKey: ['reports', name, params],
    queryFn: () =>
      unwrap(api.GET(sharedPath(name), { params: { query: params } })) as Promise<ReportData<N>>,
    placeholderData: keepPreviousData,
  });

/** The file name the server gave (`Content-Disposition: attachment; filename="…"`). */
export function attachmentName(header: string | null): string | null {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match?.[1] ?? null;
}

/** Hands a file the server made to the browser, under the server's file name. */
export function saveFile(data: Blob, response: Response, fallback: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachmentName(response.headers.get('content-disposition')) ?? fallback;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns; free it once the download has it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads the report as CSV or XLSX for the same filters the page shows. */
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
