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
import { withZod, type RouteContext } from './route-context.ts';
import { healthRoutes } from './health.routes.ts';
import type { ServerModule } from './server-module.ts';
import { registerStaticWeb, WEB_DIST } from './static-web.ts';

export interface ServerOptions {
  config: Config;
  runner: Runner;
  /** The feature modules, in dependency order (src/server/modules.ts). */
  modules: ReadonlyArray<ServerModule>;
  /** Serve the built web app at / (off in API tests). */
  serveWeb?: boolean;
}

export async function buildServer({
  config,
  runner,
  modules,
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

  const authenticator = modules.find((module) => module.authenticator)?.authenticator;
  if (!authenticator) throw new Error('No module signs people in (the identity module is missing)');
  const context: RouteContext = { runner, config };
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', authenticateHook(runner, authenticator, config.publicUrl));
      const api = withZod(scope);
      healthRoutes(api);
      for (const module of modules) for (const routes of module.routes) routes(api, context);
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
