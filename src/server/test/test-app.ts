import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import type { Clock } from '../../kernel/app/context.ts';
import { createRunner, type Runner } from '../../kernel/app/runner.ts';
import { loadConfig, type Config } from '../../kernel/config.ts';
import type { Database } from '../../kernel/db/connection.ts';
import { buildServer, type ServerOptions } from '../../kernel/http/server.ts';
import { reactionsOf, serverModules } from '../modules.ts';
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { openTestDatabase, testDatabaseKinds, type TestDatabaseKind } from './databases.ts';
import { StatementCounter } from './statement-count.ts';

export const TEST_ORIGIN = 'http://localhost:80';

export interface RequestOptions {
  token?: string;
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client's address as the server's socket sees it (default 127.0.0.1). */
  remoteAddress?: string;
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
  /** The statements of every single-statement call (runner.read, authentication). */
  readonly statements: StatementCounter;
  request(method: string, url: string, options?: RequestOptions): Promise<Answer>;
}

/** What a suite may change in its server beyond the modules. */
export interface TestAppOptions {
  /** Log at this level into `lines` (a test that reads the log); silent otherwise. */
  log?: { level: 'trace' | 'debug' | 'info'; lines: string[] };
  /** Settings of this suite's server beside the harness's own (e.g. trusted proxies). */
  config?: Partial<Config>;
  /** Told of every route the server registers (the authorisation matrix's route table). */
  onRoute?: ServerOptions['onRoute'];
}

async function startTestApp(
  kind: TestDatabaseKind,
  clock: Clock,
  modules: ReadonlyArray<ServerModule>,
  { log, config: overrides = {}, onRoute }: TestAppOptions,
) {
  const statements = new StatementCounter();
  const database = await openTestDatabase(kind, statements.record);
  const runner = statements.wrap(createRunner(database, clock, reactionsOf(modules)));
  const logLevel = log?.level ?? ('silent' as const);
  const config = { ...loadConfig({}, {}), logLevel, loginRateLimit: 5, ...overrides };
  const app = await buildServer({
    config,
    runner,
    modules,
    serveWeb: false,
    compareSerializers: true,
    ...(onRoute ? { onRoute } : {}),
    ...(log ? { logStream: { write: (line: string) => void log.lines.push(line) } } : {}),
  });
  await app.ready();
  return { database, runner, app, statements };
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
    ...(o.remoteAddress ? { remoteAddress: o.remoteAddress } : {}),
    ...(o.body === undefined ? {} : { payload: o.body as object }),
  });
  const text = response.body;
  return {
    status: response.statusCode,
    // A file's bytes (a download) are not JSON: its test reads them from the raw response.
    body:
      text && String(response.headers['content-type'] ?? 'json').includes('json')
        ? (JSON.parse(text) as Answer['body'])
        : {},
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
  options: TestAppOptions = {},
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
        get statements() {
          return started!.statements;
        },
        request: (method, url, options = {}) => inject(started!.app, method, url, options),
      };
      beforeAll(async () => {
        started = await startTestApp(kind, clock, modules, options);
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
