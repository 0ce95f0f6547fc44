import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import type { Clock } from '../../kernel/app/context.ts';
import { createRunner, type Runner } from '../../kernel/app/runner.ts';
import { loadConfig } from '../../kernel/config.ts';
import type { Database } from '../../kernel/db/connection.ts';
import { buildServer } from '../../kernel/http/server.ts';
import { reactionsOf, serverModules } from '../modules.ts';
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabaseKind } from './databases.ts';

export const TEST_ORIGIN = 'http://localhost:80';

export interface RequestOptions {
  token?: string;
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  body: Record<string, unknown> & { code?: string };
  headers: LightMyRequestResponse['headers'];
  cookies: LightMyRequestResponse['cookies'];
}

/** The suite's clock: real time unless a test sets it (reset after every test). */
export class TestClock implements Clock {
  private fixed: Date | null = null;
  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }
  set(at: Date | string): void {
    this.fixed = new Date(at);
  }
  reset(): void {
    this.fixed = null;
  }
}

export interface TestApp {
  readonly kind: TestDatabaseKind;
  readonly clock: TestClock;
  readonly app: FastifyInstance;
  readonly runner: Runner;
  readonly database: Database;
  request(method: string, url: string, options?: RequestOptions): Promise<Answer>;
}

async function startTestApp(
  kind: TestDatabaseKind,
  clock: Clock,
  modules: ReadonlyArray<ServerModule>,
) {
  const database = await openTestDatabase(kind);
  const runner = createRunner(database, clock, reactionsOf(modules));
  const config = { ...loadConfig({}, {}), logLevel: 'silent' as const, loginRateLimit: 5 };
  const app = await buildServer({ config, runner, modules, serveWeb: false });
  await app.ready();
  return { database, runner, app };
}

async function inject(
  app: FastifyInstance,
  method: string,
  url: string,
  o: RequestOptions,
): Promise<Answer> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.cookie) {
    headers.cookie = o.cookie;
    // A browser on our own page sends these with every write.
    headers.origin ??= TEST_ORIGIN;
    headers['sec-fetch-site'] ??= 'same-origin';
  }
  const response = await app.inject({
    method: method as 'GET',
    url,
    headers: { host: 'localhost:80', ...headers },
    ...(o.body === undefined ? {} : { payload: o.body as object }),
  });
  const text = response.body;
  return {
    status: response.statusCode,
    body: text ? (JSON.parse(text) as Answer['body']) : {},
    headers: response.headers,
    cookies: response.cookies,
  };
}

/**
 * Declares the suite once per test database (PGlite, and PostgreSQL when configured), each with
 * its own fresh database and an in-process server driven through app.inject.
 */
export function describeApi(
  name: string,
  define: (t: TestApp) => void,
  /** The modules to serve: the registry's, unless a test adds its own. */
  modules: ReadonlyArray<ServerModule> = serverModules,
) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let started: Awaited<ReturnType<typeof startTestApp>> | undefined;
      const clock = new TestClock();
      const handle: TestApp = {
        kind,
        clock,
        get app() {
          return started!.app;
        },
        get runner() {
          return started!.runner;
        },
        get database() {
          return started!.database;
        },
        request: (method, url, options = {}) => inject(started!.app, method, url, options),
      };
      beforeAll(async () => {
        started = await startTestApp(kind, clock, modules);
      });
      afterEach(() => clock.reset());
      afterAll(async () => {
        await started?.app.close();
        await started?.database.close();
      });
      define(handle);
    });
  }
}
