// The fuzzer itself, against a module that breaks every rule on purpose (fuzz/probe-module.ts):
// each breach is caught and named, and what is no breach (a write that rolled back, a write
// that succeeded) is not reported. ADR 027.
import { expect, it } from 'vitest';
import { Fingerprinter } from './fuzz/fingerprint.ts';
import { PROBE_OPERATIONS, probeModule } from './fuzz/probe-module.ts';
import { runFuzz } from './fuzz/runner.ts';
import { serverModules } from './modules.ts';
import { freshWorkspace } from './test/fresh-workspace.ts';
import { describeApi } from './test/test-app.ts';
import fc from 'fast-check';

describeApi(
  'The fuzzer catches what it looks for',
  (t) => {
    it('reports the 5xx, the error that is not a problem, and the failed request that changed data', async () => {
      const ws = await freshWorkspace(t);
      const report = await runFuzz({
        app: t.app,
        operations: PROBE_OPERATIONS,
        context: {
          resolve: (schema) => schema,
          idFor: () => fc.uuid(),
          foreignIds: [],
          ownIds: [],
        },
        tokens: { admin: ws.token, member: ws.token, anonymous: null },
        fingerprints: new Fingerprinter(t.database),
        seed: 1,
        requests: 200,
      });
      const rules = (operationId: string) =>
        report.breaches.filter((b) => b.request.startsWith(`${operationId} `)).map((b) => b.rule);
      expect(report.serverErrors).toBeGreaterThan(0);
      expect(report.nonProblem).toBeGreaterThan(0);
      expect(report.changedData).toBeGreaterThan(0);
      expect(new Set(rules('crash'))).toEqual(new Set(['5xx']));
      expect(new Set(rules('plainError'))).toEqual(new Set(['not a problem']));
      expect(new Set(rules('leak'))).toEqual(new Set(['changed data']));
      expect(rules('rollback')).toEqual([]);
      expect(rules('write')).toEqual([]);
    });
  },
  [...serverModules, probeModule],
);
