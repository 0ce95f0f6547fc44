import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Runner } from '../app/runner.ts';
import type { Config } from '../config.ts';
import { authenticateHook } from './auth/authenticate.ts';
import { registerErrorHandling, sendProblem } from './errors/problem.ts';
import { registerOpenApi } from './openapi.ts';
import { activitiesRoutes } from '../../modules/conveyor/http/activities.routes.ts';
import { authRoutes } from '../../modules/identity/http/auth.routes.ts';
import { companiesRoutes } from '../../modules/accounts/http/companies.routes.ts';
import { contactsRoutes } from '../../modules/accounts/http/contacts.routes.ts';
import { dealActionsRoutes } from '../../modules/conveyor/http/deal-actions.routes.ts';
import { dealHistoryRoutes } from '../../modules/conveyor/http/deal-history.routes.ts';
import { dealsRoutes } from '../../modules/conveyor/http/deals.routes.ts';
import { withZod, type RouteContext } from './route-context.ts';
import { healthRoutes } from './health.routes.ts';
import { formSubmissionsRoutes } from '../../modules/leads/http/form-submissions.routes.ts';
import { formsRoutes } from '../../modules/leads/http/forms.routes.ts';
import { goalsRoutes } from '../../modules/analytics/http/goals.routes.ts';
import { lampsRoutes } from '../../modules/map/http/lamps.routes.ts';
import { leadActionsRoutes } from '../../modules/leads/http/lead-actions.routes.ts';
import { leadHistoryRoutes } from '../../modules/leads/http/lead-history.routes.ts';
import { leadImportsRoutes } from '../../modules/leads/http/lead-imports.routes.ts';
import { leadsRoutes } from '../../modules/leads/http/leads.routes.ts';
import { lostReasonsRoutes } from '../../modules/conveyor/http/lost-reasons.routes.ts';
import { meRoutes } from '../../modules/identity/http/me.routes.ts';
import { pipelinesRoutes } from '../../modules/conveyor/http/pipelines.routes.ts';
import { processMapRoutes } from '../../modules/map/http/process-map.routes.ts';
import { channelCostsRoutes } from '../../modules/analytics/http/channel-costs.routes.ts';
import { reportsFunnelRoutes } from '../../modules/analytics/http/reports-funnel.routes.ts';
import { reportsForecastRoutes } from '../../modules/analytics/http/reports-forecast.routes.ts';
import { reportsLeadFunnelRoutes } from '../../modules/analytics/http/reports-lead-funnel.routes.ts';
import { reportsLossReasonsRoutes } from '../../modules/analytics/http/reports-loss-reasons.routes.ts';
import { reportsPeopleRoutes } from '../../modules/analytics/http/reports-people.routes.ts';
import { reportsSourcesRoutes } from '../../modules/analytics/http/reports-sources.routes.ts';
import { reportsWhatIfRoutes } from '../../modules/analytics/http/reports-what-if.routes.ts';
import { reportsStuckRoutes } from '../../modules/analytics/http/reports-stuck.routes.ts';
import { reportsVelocityRoutes } from '../../modules/analytics/http/reports-velocity.routes.ts';
import { setupRoutes } from '../../modules/identity/http/setup.routes.ts';
import { teamsRoutes } from '../../modules/identity/http/teams.routes.ts';
import { telephonyRoutes } from '../../modules/leads/http/telephony.routes.ts';
import { tokensRoutes } from '../../modules/identity/http/tokens.routes.ts';
import { usersRoutes } from '../../modules/identity/http/users.routes.ts';
import { workspacesRoutes } from '../../modules/identity/http/workspaces.routes.ts';
import { registerStaticWeb, WEB_DIST } from './static-web.ts';

export interface ServerOptions {
  config: Config;
  runner: Runner;
  /** Serve the built web app at / (off in API tests). */
  serveWeb?: boolean;
}

export async function buildServer({
  config,
  runner,
  serveWeb = true,
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    // Per-request lines only when debugging; errors are always logged.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    trustProxy: Boolean(config.publicUrl),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  registerErrorHandling(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables in inline style tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);

  const context: RouteContext = { runner, config };
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', authenticateHook(runner, config.publicUrl));
      const api = withZod(scope);
      for (const routes of [
        healthRoutes,
        setupRoutes,
        authRoutes,
        meRoutes,
        workspacesRoutes,
        usersRoutes,
        teamsRoutes,
        tokensRoutes,
        companiesRoutes,
        contactsRoutes,
        pipelinesRoutes,
        lostReasonsRoutes,
        activitiesRoutes,
        dealsRoutes,
        dealActionsRoutes,
        dealHistoryRoutes,
        processMapRoutes,
        lampsRoutes,
        goalsRoutes,
        leadsRoutes,
        leadActionsRoutes,
        leadHistoryRoutes,
        leadImportsRoutes,
        formsRoutes,
        formSubmissionsRoutes,
        telephonyRoutes,
        reportsFunnelRoutes,
        reportsLeadFunnelRoutes,
        reportsVelocityRoutes,
        reportsStuckRoutes,
        reportsLossReasonsRoutes,
        reportsForecastRoutes,
        reportsPeopleRoutes,
        reportsSourcesRoutes,
        reportsWhatIfRoutes,
        channelCostsRoutes,
      ]) {
        routes(api, context);
      }
    },
    { prefix: '/api/v1' },
  );

  const webServed = serveWeb && (await registerStaticWeb(app));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (webServed && request.method === 'GET' && !path.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html', WEB_DIST);
    }
    return sendProblem(reply, 404, 'not_found', `No route ${request.method} ${path}`);
  });
  return app;
}
