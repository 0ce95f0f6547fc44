import type { ExportFormat } from '../../../../contract/reports.ts';
import type { RequestBody, ResponseBody } from '../../../../kernel/web/lib/api-client.ts';
import type { components, paths } from '../../../../kernel/web/lib/api-schema.gen.ts';

// The analytics module's shapes, as the generated schema has them.

/** Every `GET /api/v1/reports/<name>` in the generated schema: new reports join by themselves. */
export type ReportName = {
  [P in keyof paths]: P extends `/api/v1/reports/${infer N}`
    ? paths[P] extends { get: { responses: { 200: unknown } } }
      ? N
      : never
    : never;
}[keyof paths];

export type ReportPath<N extends ReportName> = `/api/v1/reports/${N}`;

/** The JSON answer of a report. */
export type ReportData<N extends ReportName> = ResponseBody<ReportPath<N>, 'get'>;

type ReportQuery<N extends ReportName> = NonNullable<
  paths[ReportPath<N>]['get']['parameters']['query']
>;

/**
 * The filters sent to a report (the address's filters with the report's defaults filled in):
 * the shared ones, the source the funnels and loss reasons narrow to, the sources' grouping.
 */
export type ReportParams = Partial<
  Omit<ReportQuery<'loss-reasons'> & ReportQuery<'sources'>, 'format'>
>;

export type { ExportFormat };

export type WhatIfBody = RequestBody<'/api/v1/reports/what-if', 'post'>;
export type WhatIfOverrides = NonNullable<WhatIfBody['overrides']>;
export type WhatIf = ResponseBody<'/api/v1/reports/what-if', 'post'>;
export type Drivers = WhatIf['baseline'];
export type Lever = WhatIf['levers'][number];

export type Goal = components['schemas']['Goal'];
export type GoalMeasure = Goal['measure'];
export type GoalPeriod = Goal['period'];
export type GoalInput = RequestBody<'/api/v1/goals', 'put'>;
export type PersonGoal = components['schemas']['PersonGoal'];

export type ChannelCost = components['schemas']['ChannelCost'];
export type ChannelCostInput = RequestBody<'/api/v1/channel-costs', 'put'>;
export type SourcesRow = components['schemas']['SourcesRow'];
export type SourceGrouping = NonNullable<components['schemas']['SourcesReport']['groupBy']>;
