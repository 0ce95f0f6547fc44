// Single-request latency on PostgreSQL (issue 15, item 7; ADR 022): one request at a time over
// a real loopback socket, each kind of request beside a route that touches no database.
//
// A real `listen` rather than `app.inject`: inject skips the socket and Node's HTTP parser and
// runs light-my-request's own request/response objects, so its floor is not the floor a client
// sees. The client runs in this process (node:http, one keep-alive socket): one request is in
// flight at a time, so it never competes with the server for the event loop, and its own cost
// (the same few tens of microseconds for every request) is in the floor too.
import http from 'node:http';
import pg from 'pg';
import type { BenchResult } from './report.ts';
import type { BenchServer, Seeded } from './setup.ts';
import { median, p95, round } from './stats.ts';

/** Reads (one deal, a page of 60) must stay within this multiple of the no-database floor. */
const READ_BUDGET = 1.5;
const LIST_SIZE = 60;

interface Sample {
  status: number;
  ms: number;
}

function requester(server: BenchServer, token: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(server.baseUrl);
  return {
    agent,
    send(
      method: string,
      path: string,
      body?: unknown,
      signedIn = true,
    ): Promise<Sample & { text: string }> {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const request = http.request(
          {
            agent,
            host: hostname,
            port,
            method,
            path: `/api/v1${path}`,
            headers: {
              ...(signedIn ? { authorization: `Bearer ${token}` } : {}),
              ...(payload === undefined
                ? {}
                : {
                    'content-type': 'application/json',
                    'content-length': Buffer.byteLength(payload),
                  }),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                ms: performance.now() - started,
                text: Buffer.concat(chunks).toString('utf8'),
              }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(payload);
      });
    },
  };
}

interface Operation {
  name: string;
  label: string;
  /** A read: judged against READ_BUDGET. */
  read: boolean;
  /** Sends no token: the floor must not touch the database, and a token is checked in it. */
  anonymous?: boolean;
  request: () => [method: string, path: string, body?: unknown];
  /** Called with each answer, e.g. to alternate a moved deal's stage. */
  answered?: (status: number, text: string) => void;
}

function operations(s: Seeded): Operation[] {
  const [first, second] = [s.stageIds[0]!, s.stageIds[1]!];
  // Each round moves the deal its create made, stage 1 → 2: every move is real, and the seeded
  // deals (which the move bench counts) are left alone.
  let lastCreated: string | null = null;
  let created = 0;
  return [
    {
      name: 'floor',
      label: 'GET /health without a token (no database: the floor)',
      read: false,
      anonymous: true,
      request: () => ['GET', '/health'],
    },
    {
      name: 'signedIn',
      label: 'GET /health with a token (authentication only: one statement)',
      read: false,
      request: () => ['GET', '/health'],
    },
    {
      name: 'readOne',
      label: 'GET /deals/{id} (read one deal)',
      read: true,
      request: () => ['GET', `/deals/${s.dealIds[0]}`],
    },
    {
      name: 'list60',
      label: `GET /deals?pipelineId&limit=${LIST_SIZE} (list ${LIST_SIZE} deals)`,
      read: true,
      request: () => ['GET', `/deals?pipelineId=${s.pipelineId}&limit=${LIST_SIZE}`],
    },
    {
      name: 'create',
      label: 'POST /deals (create a deal)',
      read: false,
      request: () => [
        'POST',
        '/deals',
        { title: `Latency ${++created}`, pipelineId: s.pipelineId, stageId: first, value: 1000 },
      ],
      answered: (status, text) => {
        if (status === 201) lastCreated = (JSON.parse(text) as { id: string }).id;
      },
    },
    {
      name: 'move',
      label: 'POST /deals/{id}/move (move a deal one stage)',
      read: false,
      request: () => ['POST', `/deals/${lastCreated}/move`, { stageId: second }],
    },
  ];
}

/** The statement behind a read, by hand on one pg client: what the database alone costs. */
async function sqlFloors(url: string, s: Seeded, rounds: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const statements: Record<string, [string, unknown[]]> = {
    readOne: [
      'select * from deals where workspace_id = $1 and id = $2',
      [s.workspaceId, s.dealIds[0]],
    ],
    list60: [
      'select * from deals where workspace_id = $1 and pipeline_id = $2 order by id limit $3',
      [s.workspaceId, s.pipelineId, LIST_SIZE + 1],
    ],
  };
  const out: Record<string, { medianMs: number; p95Ms: number }> = {};
  try {
    for (const [name, [text, values]] of Object.entries(statements)) {
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        await client.query(text, values);
        times.push(performance.now() - started);
      }
      out[name] = { medianMs: round(median(times), 3), p95Ms: round(p95(times), 3) };
    }
  } finally {
    await client.end();
  }
  return out;
}

export async function requestLatencyBench(
  server: BenchServer,
  url: string,
  s: Seeded,
  options: { rounds: number; warmUp: number },
): Promise<BenchResult> {
  if (s.dealIds.length < LIST_SIZE) throw new Error(`request latency needs ≥ ${LIST_SIZE} deals`);
  const client = requester(server, s.token);
  const ops = operations(s);
  const times = new Map(ops.map((op) => [op.name, [] as number[]]));
  const failures = new Map<string, string>();
  try {
    // Round robin, one request of each kind per round: drift (autovacuum, GC, the machine's other
    // work) hits every kind alike instead of whichever ran last.
    for (let round = 0; round < options.warmUp + options.rounds; round++) {
      for (const op of ops) {
        const [method, path, body] = op.request();
        const answer = await client.send(method, path, body, !op.anonymous);
        op.answered?.(answer.status, answer.text);
        if (answer.status >= 300) failures.set(op.name, `${answer.status} ${answer.text}`);
        if (round >= options.warmUp) times.get(op.name)!.push(answer.ms);
      }
    }
  } finally {
    client.agent.destroy();
  }
  if (failures.size) {
    throw new Error(`failed requests: ${[...failures].map(([n, m]) => `${n}: ${m}`).join('; ')}`);
  }
  const floorMs = median(times.get('floor')!);
  const rows = ops.map((op) => {
    const samples = times.get(op.name)!;
    return {
      name: op.name,
      label: op.label,
      medianMs: round(median(samples), 3),
      p95Ms: round(p95(samples), 3),
      ratio: round(median(samples) / floorMs),
      ...(op.read ? { withinBudget: median(samples) <= READ_BUDGET * floorMs } : {}),
    };
  });
  const sql = await sqlFloors(url, s, options.rounds);
  const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
  const readOne = byName.readOne!;
  const reads = rows.filter((r) => 'withinBudget' in r);
  const describe = rows
    .map((r) => `${r.label}: p50 ${r.medianMs} ms, p95 ${r.p95Ms} ms, ${r.ratio}× the floor`)
    .join('; ');
  return {
    name: 'request-latency-postgres',
    title: 'single-request latency: read one deal over HTTP (PostgreSQL)',
    unit: 'ms',
    median: readOne.medianMs,
    p95: readOne.p95Ms,
    floor: round(floorMs, 3),
    ratio: readOne.ratio,
    budget: `reads ≤ ${READ_BUDGET}× the no-database route`,
    met: reads.every((r) => r.withinBudget === true),
    notes:
      `${options.rounds} rounds after ${options.warmUp} warm-up, each round one request of each ` +
      `kind in turn, one at a time on one keep-alive loopback socket (real listen, client in ` +
      `process), a bearer token on all but the floor; ${describe}. Reads within ${READ_BUDGET}×: ` +
      `${reads.map((r) => `${r.name} ${r.withinBudget ? 'yes' : '**no**'}`).join(', ')}. ` +
      `The statement alone on a pg client (hand-written select of the deal row(s)): read one ` +
      `${sql.readOne!.medianMs} ms, list ${LIST_SIZE} ${sql.list60!.medianMs} ms (p50).`,
    details: { rows: byName, sqlAlone: sql, readBudget: READ_BUDGET },
  };
}
