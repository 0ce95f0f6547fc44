import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Runner } from '../app/runner.ts';
import type { Config } from '../config.ts';

export function withZod(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export type Api = ReturnType<typeof withZod>;

/** What route modules need: the use-case runner and the parsed configuration. */
export interface RouteContext {
  runner: Runner;
  config: Config;
}
