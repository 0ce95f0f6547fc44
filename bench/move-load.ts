// Child process: drives POST /deals/{id}/move with autocannon, so the load generator does not
// share the server's event loop. Each deal alternates between stage 2 and stage 1; the stage it
// is in is tracked from the answers, so every request is a real move (never a no-op).
import autocannon from 'autocannon';
import { p95 } from './stats.ts';

export interface MoveLoadInput {
  baseUrl: string;
  token: string;
  dealIds: string[];
  /** [first stage, second stage]: deals start in the first. */
  stages: [string, string];
  durationSeconds: number;
  connections: number;
}

export interface MoveLoadOutput {
  /** Median of autocannon's per-second request counts. */
  requestsPerSecond: number;
  requestsPerSecondMean: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  total: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCounts: Record<string, number>;
  /** Successful (200) moves per deal id. */
  okMoves: Record<string, number>;
}

interface Ctx {
  deal?: number;
}

async function runLoad(input: MoveLoadInput): Promise<MoveLoadOutput> {
  const { dealIds, stages } = input;
  const inSecond = dealIds.map(() => false);
  const okMoves = dealIds.map(() => 0);
  const statusCounts: Record<string, number> = {};
  const latencies: number[] = [];
  let next = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    [finish, fail] = [resolve, reject];
  });
  const options: autocannon.Options = {
    url: input.baseUrl,
    connections: input.connections,
    duration: input.durationSeconds,
    headers: { authorization: `Bearer ${input.token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const deal = next++ % dealIds.length;
          (context as Ctx).deal = deal;
          const stageId = inSecond[deal] ? stages[0] : stages[1];
          return {
            ...request,
            path: `/api/v1/deals/${dealIds[deal]}/move`,
            body: JSON.stringify({ stageId }),
          };
        },
        onResponse: (status, _body, context) => {
          const deal = (context as Ctx).deal;
          statusCounts[status] = (statusCounts[status] ?? 0) + 1;
          if (deal === undefined || status !== 200) return;
          okMoves[deal]! += 1;
          inSecond[deal] = !inSecond[deal];
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  return {
    requestsPerSecond: result.requests.p50,
    requestsPerSecondMean: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP95Ms: p95(latencies),
    total: result.requests.total,
    ok: statusCounts['200'] ?? 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCounts,
    okMoves: Object.fromEntries(dealIds.map((id, i) => [id, okMoves[i]!])),
  };
}

process.once('message', (input: MoveLoadInput) => {
  runLoad(input).then(
    (output) => process.send!(output, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
