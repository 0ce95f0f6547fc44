// Schema-driven fuzzing (issue 16, item 4; ADR 027): every operation of openapi.json receives
// generated requests, valid and broken, as admin, member and nobody. No answer may be a 5xx,
// every error must be a problem with a code from the table, and no failed request (and no read)
// may change data. Reproduce a run with FUZZ_SEED=<the seed it printed>.
import { afterAll, expect, it } from 'vitest';
import { loadTestSettings } from '../kernel/config.ts';
import type { AddressInfo } from 'node:net';
import { Fingerprinter } from './fuzz/fingerprint.ts';
import { oversizedRequests, sendRaw } from './fuzz/raw-http.ts';
import { problemDefect } from './fuzz/response-check.ts';
import { OpenApiDocument } from './fuzz/openapi-operations.ts';
import { fuzzContext } from './fuzz/fuzz-context.ts';
import { runFuzz, summaryLine, type FuzzReport } from './fuzz/runner.ts';
import { fuzzWorld, type FuzzWorld } from './fuzz/world.ts';
import { describeApi } from './test/test-app.ts';

const DEFAULT_SEED = 20_261_207;
const REQUESTS = loadTestSettings().fuzzRequests ?? 20_000;

describeApi('Schema-driven fuzzing', (t) => {
  const seed = loadTestSettings().fuzzSeed ?? DEFAULT_SEED;
  const document = OpenApiDocument.load();
  const operations = document.operations();
  let report: FuzzReport | undefined;
  let world: FuzzWorld | undefined;

  afterAll(() => {
    console.log(
      report
        ? summaryLine(t.kind, report, operations.length)
        : `[fuzz ${t.kind}] seed ${seed}: did not run`,
    );
  });

  it(
    `sends ${REQUESTS} generated requests to every operation: no 5xx, only problems, no change from a failed one`,
    async () => {
      world = await fuzzWorld(t, operations);
      report = await runFuzz({
        app: t.app,
        operations,
        context: fuzzContext(document, world.pool),
        tokens: world.tokens,
        fingerprints: new Fingerprinter(t.database),
        seed,
        requests: REQUESTS,
        afterBatch: () => void (t.statements.calls.length = 0),
      });
      expect(report.breaches, `seed ${seed}`).toEqual([]);
      expect(report.sent).toBeGreaterThanOrEqual(REQUESTS);
      // The fuzzer kept its roles to the end.
      for (const token of [world.tokens.admin, world.tokens.member]) {
        expect((await t.request('GET', '/api/v1/me', { token: token! })).status).toBe(200);
      }
    },
    Math.max(600_000, REQUESTS * 40),
  );

  it('answers what only a socket can send (over-long addresses and headers, not HTTP) with problems', async () => {
    expect(report, 'the fuzz above ran').toBeDefined();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    for (const { name, bytes, status } of oversizedRequests(world!.tokens.admin!)) {
      const answer = await sendRaw(port, bytes);
      report!.sent += 1;
      const defect = problemDefect(answer);
      if (defect) report!.nonProblem += 1;
      expect(defect, name).toBeNull();
      expect(answer.status, name).toBe(status);
    }
  });
});
