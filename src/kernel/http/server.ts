import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance, type RouteOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Runner } from '../app/runner.ts';
import type { Config } from '../config.ts';
import { authenticateHook } from './auth/authenticate.ts';
import { createSerializerCompiler } from './compiled-serializer.ts';
import { registerBodyParsers } from './body-parsers.ts';
import { clientErrorHandler, frameworkErrors } from './errors/edge-errors.ts';
import { registerErrorHandling, sendProblem } from './errors/problem.ts';
import { registerOpenApi } from './openapi.ts';
import { withZod, type RouteContext } from './route-context.ts';
import { healthRoutes } from './health.routes.ts';
import { hostCheckHook } from './host-check.ts';
import { errorForLog, requestForLog } from './log-serializers.ts';
import { noStoreHook } from './no-store.ts';
import { textGuardHook } from './text-guard.ts';
import { urlLengthHook } from './url-length.ts';
import type { ServerModule } from './server-module.ts';
import { registerStaticWeb, sendWebIndex } from './static-web.ts';

export interface ServerOptions {
  config: Config;
  runner: Runner;
  /** The feature modules, in dependency order (src/server/modules.ts). */
  modules: ReadonlyArray<ServerModule>;
  /** Serve the built web app at / (off in API tests). */
  serveWeb?: boolean;
  /**
   * Serialise every answer both through the compiled schema and through zod, and fail one that
   * differs (the API tests; compiled-serializer.ts).
   */
  compareSerializers?: boolean;
  /** Where log lines go (stdout unless given; the tests read them). */
  logStream?: { write(line: string): void };
  /** Told of every route as it is registered (the authorisation matrix reads the route table). */
  onRoute?: (route: RouteOptions) => void;
}

/**
 * Node's own limits beside `requestTimeout`: the headers must arrive within it too (Node refuses
 * a headers timeout longer than the request timeout), and the connections are checked often
 * enough for a short timeout to be kept (Node checks every 30 s by default).
 */
function httpServerTimeouts(requestTimeoutMs: number) {
  if (requestTimeoutMs === 0) return {};
  return {
    headersTimeout: Math.min(60_000, requestTimeoutMs),
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
  };
}

export async function buildServer({
  config,
  runner,
  modules,
  serveWeb = true,
  compareSerializers = false,
  logStream,
  onRoute,
}: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // No query string, SQL parameter or key value in a log line (log-serializers.ts).
      serializers: { req: requestForLog, err: errorForLog },
      ...(logStream ? { stream: logStream } : {}),
    },
    // Per-request lines only when debugging; errors are always logged.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    // X-Forwarded-* only from the configured proxies (ADR 025); from anyone else it is ignored.
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    // A request (headers and body) that has not fully arrived in time is answered 408 and its
    // connection closed; a body that never finishes no longer holds a socket for ever.
    requestTimeout: config.requestTimeoutMs,
    http: httpServerTimeouts(config.requestTimeoutMs),
    // Refusals before a route or a request exists are problems too (ADR 027).
    frameworkErrors,
    clientErrorHandler,
  });
  if (onRoute) app.addHook('onRoute', onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(createSerializerCompiler({ compare: compareSerializers }));
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  registerErrorHandling(app);
  app.addHook('onRequest', urlLengthHook);
  app.addHook('onRequest', hostCheckHook(config.publicUrl));
  registerBodyParsers(app);
  app.addHook('preValidation', textGuardHook);

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
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);

  const authenticator = modules.find((module) => module.authenticator)?.authenticator;
  if (!authenticator) throw new Error('No module signs people in (the identity module is missing)');
  // Every module's part of the global search, for the module that serves it (ADR 031).
  const search = modules.flatMap((module) => module.search ?? []);
  const context: RouteContext = { runner, config, search };
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', authenticateHook(runner, authenticator, config.publicUrl));
      scope.addHook('onSend', noStoreHook);
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
      return sendWebIndex(reply);
    }
    return sendProblem(reply, 404, 'not_found', `No route ${request.method} ${path}`);
  });
  return app;
}
