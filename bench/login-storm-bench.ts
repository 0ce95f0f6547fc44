// Authenticated reads during a storm of bad sign-ins (issue 16, item 2; ADR 025): GET /companies
// with a token, one at a time, first on an idle server, then while 50 clients keep sending
// sign-ins with random e-mails and a wrong password — on PGlite (one connection) and PostgreSQL.
//
// The throttle is raised out of the way (every sign-in reaches scrypt, or the hashing gate's
// 429 when its queue is full): the worst case for the server. The storm runs in a child process
// (an attacker is not in the server's process), its 50 sign-ins always in flight; the reads come
// from this process over one keep-alive loopback socket, like the request-latency bench.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { openDatabase, type Database } from '../src/kernel/db/connection.ts';
import type { BenchResult } from './report.ts';
import { api, benchWorkspace, createBenchDatabase, serve, type BenchServer } from './setup.ts';
import { median, p95, round } from './stats.ts';

const STORM = 50;
const READS = 300;
const WARM_UP = 50;
const BUDGET = 2;

// The attacker: STORM sign-ins always in flight until its stdin closes; prints the statuses.
const STORM_SCRIPT = `
import http from 'node:http';
const [base, concurrency] = process.argv.slice(1);
const url = new URL(base);
let stop = false;
const counts = {};
process.stdin.on('end', () => (stop = true));
process.stdin.resume();
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const count = (key) => (counts[key] = (counts[key] ?? 0) + 1);
const once = (i) => new Promise((resolve) => {
  const body = JSON.stringify({
    email: 'storm-' + i + '-' + Math.random().toString(36).slice(2) + '@example.test',
    password: 'wrong password',
  });
  const request = http.request({ agent, host: url.hostname, port: url.port, method: 'POST',
    path: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
    (response) => { response.resume(); response.on('end', () => { count(response.statusCode); resolve(); }); });
  request.on('error', () => { count('error'); resolve(); });
  request.end(body);
});
const worker = async (i) => { while (!stop) await once(i); };
await Promise.all(Array.from({ length: Number(concurrency) }, (_, i) => worker(i)));
process.stdout.write(JSON.stringify(counts));
`;

function startStorm(baseUrl: string) {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', STORM_SCRIPT, baseUrl, String(STORM)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Record<string, number>>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => resolve(output ? (JSON.parse(output) as Record<string, number>) : {}));
  });
  return {
    async stop() {
      child.stdin.end();
      return exited;
    },
  };
}

function reader(server: BenchServer, token: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(server.baseUrl);
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const request = http.request(
        {
          agent,
          host: hostname,
          port,
          path: '/api/v1/companies?limit=20',
          headers: { authorization: `Bearer ${token}` },
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            response.statusCode === 200
              ? resolve(performance.now() - started)
              : reject(new Error(`GET /companies: ${response.statusCode}`)),
          );
        },
      );
      request.on('error', reject);
      request.end();
    });
  return {
    agent,
    async run(count: number): Promise<number[]> {
      const samples: number[] = [];
      for (let i = 0; i < count; i++) samples.push(await once());
      return samples;
    },
  };
}

async function seedCompanies(server: BenchServer): Promise<string> {
  const { token } = await benchWorkspace(server, 'Storm');
  for (let i = 0; i < 30; i++) await api(server, token, 'POST', '/companies', { name: `Co ${i}` });
  return token;
}

const stats = (samples: number[]) => ({
  p50: round(median(samples), 3),
  p95: round(p95(samples), 3),
});

async function measure(
  database: Database,
  kind: 'pglite' | 'postgres',
  log: (line: string) => void,
): Promise<BenchResult> {
  // Every sign-in reaches the hashing: the throttle is what a real attacker meets first.
  const server = await serve(database, false, { loginRateLimit: 1_000_000_000 });
  try {
    const token = await seedCompanies(server);
    const reads = reader(server, token);
    await reads.run(WARM_UP);
    const idle = stats(await reads.run(READS));
    log(`login-storm ${kind}: idle p50 ${idle.p50} ms, p95 ${idle.p95} ms; storm of ${STORM}`);
    const storm = startStorm(server.baseUrl);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the storm is under way
    const startedAt = performance.now();
    const during = stats(await reads.run(READS));
    const seconds = (performance.now() - startedAt) / 1000;
    const logins = await storm.stop();
    reads.agent.destroy();
    const ratio = round(during.p95 / idle.p95, 2);
    const answered = Object.entries(logins)
      .map(([status, n]) => `${n}× ${status}`)
      .join(', ');
    return {
      name: `login-storm-${kind}`,
      title: `authenticated reads during ${STORM} concurrent bad sign-ins (${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'})`,
      unit: 'ms',
      median: during.p50,
      p95: during.p95,
      floor: idle.p95,
      ratio,
      budget: `read p95 under the storm ≤ ${BUDGET}× idle p95`,
      met: ratio <= BUDGET,
      notes:
        `GET /companies?limit=20 with a bearer token, ${READS} one at a time after ${WARM_UP} warm-up, on one keep-alive loopback socket: ` +
        `idle p50 ${idle.p50} ms, p95 ${idle.p95} ms; during the storm p50 ${during.p50} ms, p95 ${during.p95} ms (${ratio}× idle p95). ` +
        `The storm (a child process, ${STORM} sign-ins always in flight, random e-mails, wrong password, the per-address limit raised so every one reaches the hashing gate) ` +
        `was answered ${answered} in the ${round(seconds + 1.5, 1)} s it ran (401: hashed and refused; 429: the gate's queue was full).`,
      details: { idle, storm: during, logins, stormSeconds: round(seconds + 1.5, 1) },
    };
  } finally {
    await server.app.close();
  }
}

export async function loginStormBench(
  adminUrl: string,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await pglite.migrate();
    results.push(await measure(pglite, 'pglite', log));
  } finally {
    await pglite.close();
  }
  const bench = await createBenchDatabase(adminUrl);
  try {
    const database = await openDatabase({ kind: 'postgres', url: bench.url });
    try {
      await database.migrate();
      results.push(await measure(database, 'postgres', log));
    } finally {
      await database.close();
    }
  } finally {
    await bench.drop();
  }
  return results;
}
