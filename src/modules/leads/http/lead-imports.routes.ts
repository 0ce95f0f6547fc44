import { dryRunProspectImport } from '../app/dry-run-prospect-import.ts';
import { importProspects } from '../app/import-prospects.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import {
  ProspectImportBody,
  ProspectImportReportSchema,
  ProspectImportResultSchema,
} from './schemas/lead-imports.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import {
  presentProspectImportReport,
  presentProspectImportResult,
} from './presenters/lead-imports.ts';

/** A prospect list of ~50k rows is a few megabytes of CSV inside the JSON body. */
const BODY_LIMIT = 24 * 1024 * 1024;

export function leadImportsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/leads/imports/dry-run',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        operationId: 'dryRunLeadImport',
        tags: ['leads'],
        summary:
          'Check a CSV prospect list without writing: column mapping (guessed when absent), counts and every bad row (row, field, why) — managers and admins',
        body: ProspectImportBody,
        response: { 200: ProspectImportReportSchema, ...problems(400, 401, 403, 413) },
      },
    },
    async (request) =>
      presentProspectImportReport(
        await runner.run(dryRunProspectImport, request.body, actorOf(request)),
      ),
  );

  api.post(
    '/leads/imports',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        operationId: 'importLeads',
        tags: ['leads'],
        summary:
          'Import a CSV prospect list as outbound leads of a campaign in one transaction: bad rows are skipped and reported, the rest routed by round robin within lead limits (else queued), each with a first-touch task',
        body: ProspectImportBody,
        response: { 201: ProspectImportResultSchema, ...problems(400, 401, 403, 413) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentProspectImportResult(
            await runner.run(importProspects, request.body, actorOf(request)),
          ),
        ),
  );
}
