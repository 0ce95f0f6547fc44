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
import { activitiesRoutes } from './routes/activities.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { companiesRoutes } from './routes/companies.routes.ts';
import { contactsRoutes } from './routes/contacts.routes.ts';
import { dealActionsRoutes } from './routes/deal-actions.routes.ts';
import { dealHistoryRoutes } from './routes/deal-history.routes.ts';
import { dealsRoutes } from './routes/deals.routes.ts';
import { withZod, type RouteContext } from './routes/context.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { formSubmissionsRoutes } from './routes/form-submissions.routes.ts';
import { formsRoutes } from './routes/forms.routes.ts';
import { goalsRoutes } from './routes/goals.routes.ts';
import { lampsRoutes } from './routes/lamps.routes.ts';
import { leadActionsRoutes } from './routes/lead-actions.routes.ts';
import { leadHistoryRoutes } from './routes/lead-history.routes.ts';
import { leadImportsRoutes } from './routes/lead-imports.routes.ts';
import { leadsRoutes } from './routes/leads.routes.ts';
import { lostReasonsRoutes } from './routes/lost-reasons.routes.ts';
import { meRoutes } from './routes/me.routes.ts';
import { pipelinesRoutes } from './routes/pipelines.routes.ts';
import { processMapRoutes } from './routes/process-map.routes.ts';
import { channelCostsRoutes } from './routes/channel-costs.routes.ts';
import { reportsFunnelRoutes } from './routes/reports-funnel.routes.ts';
import { reportsForecastRoutes } from './routes/reports-forecast.routes.ts';
import { reportsLeadFunnelRoutes } from './routes/reports-lead-funnel.routes.ts';
import { reportsLossReasonsRoutes } from './routes/reports-loss-reasons.routes.ts';
import { reportsPeopleRoutes } from './routes/reports-people.routes.ts';
import { reportsSourcesRoutes } from './routes/reports-sources.routes.ts';
import { reportsWhatIfRoutes } from './routes/reports-what-if.routes.ts';
import { reportsStuckRoutes } from './routes/reports-stuck.routes.ts';
import { reportsVelocityRoutes } from './routes/reports-velocity.routes.ts';
import { setupRoutes } from './routes/setup.routes.ts';
import { teamsRoutes } from './routes/teams.routes.ts';
import { telephonyRoutes } from './routes/telephony.routes.ts';
import { tokensRoutes } from './routes/tokens.routes.ts';
import { usersRoutes } from './routes/users.routes.ts';
import { workspacesRoutes } from './routes/workspaces.routes.ts';
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
