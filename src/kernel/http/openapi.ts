import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * The document's tags: one per feature module (src/server/modules.ts), named as the module is, and
 * `system` for the kernel's own routes. Every operation carries exactly one of them (a test in
 * src/server checks), so an SDK generator groups the operations as the code does.
 */
export const OPENAPI_TAGS = [
  {
    name: 'identity',
    description:
      'First-run setup, signing in and out, the signed-in user, workspaces, people, teams and API tokens.',
  },
  {
    name: 'accounts',
    description:
      'Companies and contacts; an e-mail or phone already used by another record is refused as a duplicate.',
  },
  {
    name: 'conveyor',
    description:
      'The gated sales conveyor: pipelines with ordered stages and exit criteria, loss reasons, deals that move forward only when the criteria are met (or by a manager override), activities and the deal history.',
  },
  {
    name: 'catalogue',
    description:
      "Products, price lists per currency with their validity, and deals' line items, whose total becomes the deal's value unless it was set by hand.",
  },
  {
    name: 'leads',
    description:
      'Leads up to a qualified deal: the inbox, routing within lead limits, statuses, disqualification, conversion, prospect list imports, web forms and their public submissions, and call events from telephony.',
  },
  {
    name: 'map',
    description:
      'The process map: process groups and their links, control lamps with weekly readings and drill-downs, and the metric preview.',
  },
  {
    name: 'analytics',
    description:
      "Reports (funnel, lead funnel, velocity, stuck deals, loss reasons, forecast, people, sources, what-if; JSON, CSV or XLSX), people's goals and the monthly costs of lead sources.",
  },
  {
    name: 'audit',
    description:
      "The workspace's audit log (admins): sign-ins, invitations, members, tokens, configuration changes, gate overrides, exports and deletions, newest first.",
  },
  {
    name: 'search',
    description:
      'The global search: deals, companies, contacts and leads by name, e-mail, phone (any format) or company, best first.',
  },
  {
    name: 'onboarding',
    description:
      "A new workspace's first steps (invite the team, check the pipeline, first deals, see the map), each ticked from what the team has done.",
  },
  { name: 'system', description: 'The server itself: liveness.' },
];

/**
 * The zod schemas as components, in name order: the registry holds them in the order their
 * modules happened to be imported, which differs between the CLI (`npm run openapi`) and the
 * tests, so the committed document would drift from itself.
 */
const transformObject: typeof jsonSchemaTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input);
  const components = 'components' in document ? document.components : undefined;
  if (components?.schemas) {
    const byName = Object.entries(components.schemas).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    // A fresh object of jsonSchemaTransformObject's, not the registry's: safe to replace.
    components.schemas = Object.fromEntries(byName) as typeof components.schemas;
  }
  return document;
};

/**
 * The OpenAPI document is generated from the routes' zod schemas; the committed openapi.json is
 * this output, and a test fails when they drift. Every operation names its `operationId` (chosen
 * by hand: stable when a path changes), its tag and its problem responses.
 */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Conveyor API',
        version: '1.0.0',
        description:
          'The public API of Conveyor, a process-driven sales CRM. Authenticate with ' +
          '`Authorization: Bearer <token>` (POST /api/v1/tokens) or the session cookie set by login. ' +
          'Errors are RFC 9457 problem details with a stable `code`.',
      },
      // Relative: the document describes whichever host serves it; paths carry /api/v1.
      servers: [{ url: '/', description: 'The Conveyor server that serves this document' }],
      tags: OPENAPI_TAGS,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API token (cvy_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'conveyor_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
