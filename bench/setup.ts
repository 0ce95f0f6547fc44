// A throwaway PostgreSQL database, the real HTTP server on it, and a seeded workspace.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { systemClock } from '../src/kernel/app/context.ts';
import { provisionWorkspace } from '../src/modules/identity/app/workspace-provisioning.ts';
import { createRunner, type Runner } from '../src/kernel/app/runner.ts';
import { loadConfig, type Config } from '../src/kernel/config.ts';
import { openDatabase, type Database } from '../src/kernel/db/connection.ts';
import { insertUser } from '../src/modules/identity/db/users-repo.ts';
import { newId } from '../src/kernel/db/ids.ts';
import { buildServer } from '../src/kernel/http/server.ts';
import { mulberry32 } from '../src/modules/demo/app/prng.ts';
import { serverModules, serverReactions } from '../src/server/modules.ts';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates conveyor_bench_<random> next to the given server database. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `conveyor_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface BenchServer {
  database: Database;
  app: FastifyInstance;
  runner: Runner;
  baseUrl: string;
}

export async function startServer(url: string, serveWeb = false): Promise<BenchServer> {
  const database = await openDatabase({ kind: 'postgres', url });
  await database.migrate();
  return serve(database, serveWeb);
}

/** The real HTTP server on loopback over an open, migrated database (PostgreSQL or PGlite). */
export async function serve(
  database: Database,
  serveWeb = false,
  overrides: Partial<Config> = {},
): Promise<BenchServer> {
  const runner = createRunner(database, systemClock, serverReactions);
  const config = { ...loadConfig({}, {}), logLevel: 'silent' as const, ...overrides };
  const app = await buildServer({ config, runner, modules: serverModules, serveWeb });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { database, app, runner, baseUrl: `http://127.0.0.1:${port}` };
}

export interface Seeded {
  workspaceId: string;
  token: string;
  pipelineId: string;
  stageIds: string[];
  dealIds: string[];
}

type Json = Record<string, unknown>;

export async function api(
  server: BenchServer,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Json> {
  const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Json;
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * A workspace with an admin token, made as src/server/test/fresh-workspace.ts does (an admin with
 * no password, so no hashing); the benches then work through the API.
 */
export async function benchWorkspace(
  server: BenchServer,
  name: string,
): Promise<{ workspaceId: string; token: string }> {
  return server.runner.runPublic(async (_input: void, { tx, clock }) => {
    const now = clock.now();
    const admin = await insertUser(tx, {
      id: newId(),
      email: `${name.toLowerCase()}-admin@example.test`,
      name: `${name} Admin`,
      passwordHash: null,
      createdAt: now,
      updatedAt: now,
    });
    const provisioned = await provisionWorkspace(
      { name, locale: 'en', timezone: 'Europe/Warsaw', currency: 'PLN', template: 'empty' },
      admin.id,
      serverReactions.deps(tx, { now: () => now }),
    );
    return { workspaceId: provisioned.workspace.id, token: provisioned.apiToken };
  }, undefined);
}

/** A workspace with a pipeline and `dealCount` deals spread over its stages. */
export async function seed(server: BenchServer, dealCount: number, seed: number): Promise<Seeded> {
  const { workspaceId, token } = await benchWorkspace(server, 'Bench');
  await api(server, token, 'PATCH', `/workspaces/${workspaceId}`, {
    settings: { requireNextActivity: false },
  });
  const pipeline = await api(server, token, 'POST', '/pipelines', {
    name: 'Bench pipeline',
    stages: ['Lead', 'Qualified', 'Proposal', 'Negotiation'].map((name) => ({ name })),
  });
  const stageIds = (pipeline.stages as { id: string }[]).map((s) => s.id);
  const random = mulberry32(seed); // the demo's generator: the same data for the same seed
  const dealIds: string[] = [];
  for (let i = 0; i < dealCount; i++) {
    const deal = await api(server, token, 'POST', '/deals', {
      title: `Deal ${i + 1}`,
      pipelineId: pipeline.id,
      stageId: stageIds[0],
      value: Math.round(random() * 100_000),
    });
    dealIds.push(deal.id as string);
  }
  return { workspaceId, token, pipelineId: pipeline.id as string, stageIds, dealIds };
}
