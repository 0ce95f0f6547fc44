import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Runner } from '../app/runner.ts';
import type { Config } from '../config.ts';
import type { SearchContribution } from '../app/search.ts';

export function withZod(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export type Api = ReturnType<typeof withZod>;

/** What route modules need: the use-case runner, the parsed configuration, every search part. */
export interface RouteContext {
  runner: Runner;
  config: Config;
  /** What each module contributes to the global search (ServerModule.search), in their order. */
  search: ReadonlyArray<SearchContribution>;
}
