import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { paths } from '../../../../kernel/web/lib/api-schema.gen.ts';
import { ApiProblem } from '../../../../kernel/web/lib/problem.ts';
import { saveFile, type ExportFormat } from './reports-api.ts';

type Post = paths['/api/v1/reports/what-if']['post'];
export type WhatIfBody = NonNullable<Post['requestBody']>['content']['application/json'];
export type WhatIfOverrides = NonNullable<WhatIfBody['overrides']>;
export type WhatIf = Post['responses'][200]['content']['application/json'];
export type Drivers = WhatIf['baseline'];
export type Lever = WhatIf['levers'][number];

/** The projection for the filters and the drivers changed; the last one stays while the next loads. */
export const whatIfQuery = (body: WhatIfBody) =>
  queryOptions({
    queryKey: ['reports', 'what-if', body],
    queryFn: () => unwrap(api.POST('/api/v1/reports/what-if', { body })),
    placeholderData: keepPreviousData,
  });

/** The months, drivers and levers as CSV or XLSX, for exactly the scenario on screen. */
export async function downloadWhatIf(body: WhatIfBody, format: ExportFormat): Promise<void> {
  const { data, error, response } = await api.POST('/api/v1/reports/what-if', {
    params: { query: { format } },
    body,
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiProblem.from(response.status, error);
  saveFile(data as Blob, response, `what-if.${format}`);
}
