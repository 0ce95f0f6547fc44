// Sends the generated requests in batches, checks every answer, and fingerprints the database
// around each batch: a batch that changed data although none of its requests was allowed to
// (a failed request, or a read) is replayed in halves until the request that changes it is found.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { changedTables, unchanged, type Fingerprint, type Fingerprinter } from './fingerprint.ts';
import {
  requestArbitrary,
  type FuzzRequest,
  type GeneratorContext,
  type Role,
} from './request-generator.ts';
import type { Operation } from './openapi-operations.ts';
import { problemDefect, type Sent } from './response-check.ts';

export interface FuzzOptions {
  app: FastifyInstance;
  operations: Operation[];
  context: GeneratorContext;
  tokens: Record<Role, string | null>;
  fingerprints: Fingerprinter;
  seed: number;
  requests: number;
  batchSize?: number;
  /** Called after every batch (e.g. to forget the statement log). */
  afterBatch?: () => void;
}

export interface Breach {
  rule: '5xx' | 'not a problem' | 'changed data';
  detail: string;
  /** The first request that broke the rule this way. */
  request: string;
  /** How many requests broke it this way (same rule, operation and kind of request). */
  times: number;
}

export interface FuzzReport {
  seed: number;
  generated: number;
  sent: number;
  serverErrors: number;
  nonProblem: number;
  changedData: number;
  fingerprints: number;
  /** Segments whose log moved under a request that must change nothing (replayed). */
  replayed: number;
  /** Checks of the log's position alone. */
  marks: number;
  fingerprintSeconds: number;
  byStatus: Record<string, number>;
  /** Operations that answered 2xx at least once (the valid half got through). */
  accepted: Set<string>;
  breaches: Breach[];
  seconds: number;
}

const KEPT_BREACHES = 40;

function describe(request: FuzzRequest): string {
  const payload =
    request.payload === undefined
      ? ''
      : ` body(${request.payload.length}b): ${(typeof request.payload === 'string' ? request.payload : request.payload.toString('latin1')).slice(0, 160)}`;
  return `${request.operationId} [${request.kind}, ${request.role}] ${request.method} ${request.url.slice(0, 200)} ${JSON.stringify(request.headers).slice(0, 160)}${payload}`;
}

/** Operations that hash a password (~0.5 s): sent once every this many rounds. */
const EXPENSIVE_EVERY = 25;
const hashesPassword = (operation: Operation) =>
  JSON.stringify(operation.body ?? {}).includes('"password"');

/**
 * The order in which operations are fuzzed: every operation once a round, those that hash a
 * password once every EXPENSIVE_EVERY rounds (they would otherwise take most of the time).
 */
function scheduleOf(operations: Operation[]): number[] {
  const order: number[] = [];
  for (let round = 0; round < EXPENSIVE_EVERY; round++) {
    operations.forEach((op, i) => {
      if (round === 0 || !hashesPassword(op)) order.push(i);
    });
  }
  return order;
}

/** A request that may be accepted and write (so its segment's change is no news). */
const mayWrite = (request: FuzzRequest) =>
  request.method !== 'GET' && request.role !== 'anonymous' && request.mayPass;

/** Segments are fingerprinted this many requests at a time. */
const SEGMENT = 25;

/**
 * A report downloaded as a file: the one read that writes, its line in the audit log (ADR 029).
 */
const isExport = (request: FuzzRequest) =>
  request.method === 'GET' && /[?&]format=(csv|xlsx)(&|$)/.test(request.url);

/** A failed request, or any read but an accepted export, must leave the data as it was. */
const mustNotChange = (request: FuzzRequest, status: number) =>
  status >= 400 || (request.method === 'GET' && !isExport(request));

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { app, operations, context, tokens, fingerprints, seed, requests } = options;
  const batchSize = options.batchSize ?? 100;
  const arbitraries = operations.map((op) => requestArbitrary(op, context));
  const report: FuzzReport = {
    seed,
    generated: 0,
    sent: 0,
    serverErrors: 0,
    nonProblem: 0,
    changedData: 0,
    fingerprints: 0,
    replayed: 0,
    marks: 0,
    fingerprintSeconds: 0,
    byStatus: {},
    accepted: new Set(),
    breaches: [],
    seconds: 0,
  };
  const started = performance.now();
  const seen = new Map<string, Breach>();
  const breach = (b: Omit<Breach, 'times'>, key: string) => {
    const known = seen.get(key);
    if (known) known.times += 1;
    else if (report.breaches.length < KEPT_BREACHES) {
      const kept = { ...b, times: 1 };
      seen.set(key, kept);
      report.breaches.push(kept);
    }
  };
  const keyOf = (rule: string, request: FuzzRequest, detail: string) =>
    `${rule} ${request.operationId} ${request.kind} ${detail.slice(0, 12)}`;

  async function send(request: FuzzRequest): Promise<Sent | null> {
    const token = tokens[request.role];
    const headers: Record<string, string> = { host: 'localhost:80', ...request.headers };
    if (token && !('authorization' in headers)) headers.authorization = `Bearer ${token}`;
    report.sent += 1;
    try {
      const response = await app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers,
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      });
      return {
        status: response.statusCode,
        contentType: String(response.headers['content-type'] ?? ''),
        body: response.body,
      };
    } catch (error) {
      // light-my-request refuses what no HTTP client could send (e.g. an invalid header value).
      report.byStatus.unsendable = (report.byStatus.unsendable ?? 0) + 1;
      void error;
      return null;
    }
  }

  /** Replays requests that must not change data; returns how many changing ones it found. */
  async function locate(batch: FuzzRequest[]): Promise<number> {
    if (!batch.length) return 0;
    const before = await fingerprints.take();
    const quiet: FuzzRequest[] = [];
    for (const request of batch) {
      const answer = await send(request);
      if (answer && mustNotChange(request, answer.status)) quiet.push(request);
    }
    const changed = changedTables(before, await fingerprints.take());
    if (!changed.length) return 0;
    if (quiet.length < batch.length) return locate(quiet);
    if (batch.length === 1) {
      report.changedData += 1;
      const detail = `changed ${changed.join(', ')}`;
      breach(
        { rule: 'changed data', detail, request: describe(batch[0]!) },
        keyOf('changed', batch[0]!, detail),
      );
      return 1;
    }
    const half = Math.ceil(batch.length / 2);
    return (await locate(batch.slice(0, half))) + (await locate(batch.slice(half)));
  }

  /**
   * Sends a segment and checks every answer. The log's position before and after it tells
   * whether anything was written; if it moved while a request that must change nothing was
   * among those sent, they are replayed between full fingerprints to find the one that did.
   */
  async function sendSegment(
    segment: FuzzRequest[],
    given: Fingerprint | null,
  ): Promise<Fingerprint> {
    const before = given ?? (await fingerprints.mark());
    const quiet: FuzzRequest[] = [];
    for (const request of segment) {
      const answer = await send(request);
      if (!answer) continue;
      const bucket = `${Math.floor(answer.status / 100)}xx`;
      report.byStatus[bucket] = (report.byStatus[bucket] ?? 0) + 1;
      if (answer.status < 300) report.accepted.add(request.operationId);
      const defect = problemDefect(answer);
      if (defect) {
        if (answer.status >= 500) report.serverErrors += 1;
        else report.nonProblem += 1;
        const rule = answer.status >= 500 ? '5xx' : 'not a problem';
        breach({ rule, detail: defect, request: describe(request) }, keyOf(rule, request, defect));
      }
      if (mustNotChange(request, answer.status)) quiet.push(request);
    }
    const after = await fingerprints.mark();
    if (!quiet.length || unchanged(before, after)) return after;
    report.replayed += 1;
    await locate(quiet);
    return fingerprints.mark();
  }

  const schedule = scheduleOf(operations);
  for (let first = 0; first < requests; first += batchSize) {
    const count = Math.min(batchSize, requests - first);
    const picks = Array.from(
      { length: count },
      (_, i) => arbitraries[schedule[(first + i) % schedule.length]!]!,
    );
    const [batch] = fc.sample(fc.tuple(...picks), { seed: seed + first, numRuns: 1 });
    if (!batch) throw new Error('fast-check generated no batch');
    report.generated += batch.length;
    // Requests meant to fail (and reads) in segments: a change there is a breach to locate.
    // Those that may write one at a time, each between two fingerprints: a change after one
    // that failed is a breach at once, without replaying anything.
    let fingerprint: Fingerprint | null = null;
    const quiet = batch.filter((r) => !mayWrite(r));
    for (let at = 0; at < quiet.length; at += SEGMENT) {
      fingerprint = await sendSegment(quiet.slice(at, at + SEGMENT), fingerprint);
    }
    for (const request of batch.filter(mayWrite))
      fingerprint = await sendSegment([request], fingerprint);
    options.afterBatch?.();
  }
  report.fingerprints = fingerprints.taken;
  report.marks = fingerprints.marks;
  report.fingerprintSeconds = Math.round(fingerprints.spent / 100) / 10;
  report.seconds = Math.round((performance.now() - started) / 100) / 10;
  return report;
}

/** The one line a run prints. */
export function summaryLine(label: string, report: FuzzReport, operations: number): string {
  const statuses = Object.entries(report.byStatus)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return (
    `[fuzz ${label}] seed ${report.seed}: requests sent ${report.sent} (${report.generated} generated, ` +
    `${operations} operations, ${report.accepted.size} answered 2xx at least once; ${statuses}); ` +
    `5xx = ${report.serverErrors}, non-problem 4xx = ${report.nonProblem}, ` +
    `failed requests that changed data = ${report.changedData}; ${report.fingerprints} fingerprints (${report.fingerprintSeconds} s; ${report.marks} log marks, ${report.replayed} segments replayed), ${report.seconds} s`
  );
}
