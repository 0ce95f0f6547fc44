import { api, unwrap } from '../../../kernel/web/lib/api-client.ts';
import type { components, paths } from '../../../kernel/web/lib/api-schema.gen.ts';

export type ImportBody = NonNullable<
  paths['/api/v1/leads/imports']['post']['requestBody']
>['content']['application/json'];
export type ImportReport = components['schemas']['ProspectImportReport'];
export type ImportResult = components['schemas']['ProspectImportResult'];
export type RowProblem = components['schemas']['ProspectRowProblem'];
export type ProspectField = 'name' | 'companyName' | 'email' | 'phone';
export const PROSPECT_FIELDS: ProspectField[] = ['name', 'companyName', 'email', 'phone'];

export function dryRunImport(body: ImportBody): Promise<ImportReport> {
  return unwrap(api.POST('/api/v1/leads/imports/dry-run', { body }));
}

export function runImport(body: ImportBody): Promise<ImportResult> {
  return unwrap(api.POST('/api/v1/leads/imports', { body }));
}
