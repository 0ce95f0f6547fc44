import { openDealsForForecast } from '../db/forecast-sql.ts';
import { forecast, type Forecast } from '../domain/forecast.ts';
import { localDate } from '../domain/report-period.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import {
  echoFilters,
  reportScope,
  type EchoedFilters,
  type ReportFilters,
} from './report-scope.ts';
import { recordExport } from './record-export.ts';

export interface ForecastReport extends Forecast {
  filters: EchoedFilters;
  today: string;
  closingInPeriod: boolean;
}

/**
 * The open pipeline weighted by stage probability. Every open deal counts unless `from` or `to`
 * is given: then only deals expected to close within the period.
 */
export async function readForecast(
  input: ReportFilters,
  { actor, tx, clock }: Deps,
): Promise<ForecastReport> {
  await recordExport({ actor, tx, clock }, 'forecast', input);
  const { scope } = await reportScope(tx, actor, input, clock.now());
  const closingInPeriod = input.from !== undefined || input.to !== undefined;
  const today = localDate(scope.now, scope.timezone);
  const open = await openDealsForForecast(tx, scope, closingInPeriod);
  return { filters: echoFilters(scope), today, closingInPeriod, ...forecast(open, today) };
}
