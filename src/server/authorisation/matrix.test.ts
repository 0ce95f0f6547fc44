import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeApi } from '../test/test-app.ts';
import { serverModules } from '../modules.ts';
import { coverage } from './coverage.ts';
import { EXPECTATIONS, HIDDEN_ROUTES } from './expectations.ts';
import { HIDDEN_REQUESTS, PEOPLE_REQUESTS } from './requests-people.ts';
import { REFERENCE_REQUESTS } from './requests-references.ts';
import { WORK_REQUESTS } from './requests-work.ts';
import { documentedOperations, routedOperations, RouteTable } from './route-table.ts';
import { describeFailures, runMatrix, type Row } from './run-matrix.ts';
import { buildWorld, type World } from './world.ts';
import type { Build } from './cell-context.ts';
import { ACTORS } from './cells.ts';

const table = new RouteTable();
const committedOpenApi = new URL('../../../openapi.json', import.meta.url);
const REQUESTS: Record<string, Build> = {
  ...PEOPLE_REQUESTS,
  ...WORK_REQUESTS,
  ...REFERENCE_REQUESTS,
  ...HIDDEN_REQUESTS,
};
const EVERY_ROW = { ...EXPECTATIONS, ...HIDDEN_ROUTES };

function rows(): Row[] {
  return Object.entries(EVERY_ROW).map(([key, expectation]) => {
    const build = REQUESTS[key];
    if (!build) throw new Error(`No request for the matrix row ${key}`);
    return { key, expectation, build };
  });
}

describeApi(
  'authorisation matrix',
  (t) => {
    let world: World;
    beforeAll(async () => {
      world = await buildWorld(t);
    });

    it('has a row for every route of the server, and the OpenAPI document lists the same routes', () => {
      const routes = table.routes();
      const routed = routedOperations(routes).sort();
      expect(routed).toEqual(documentedOperations(t.app.swagger()).sort());
      const committed: unknown = JSON.parse(readFileSync(committedOpenApi, 'utf8'));
      expect(routed, 'openapi.json is stale: npm run openapi').toEqual(
        documentedOperations(committed).sort(),
      );
      const { missing, stale } = coverage(routes, EXPECTATIONS, HIDDEN_ROUTES);
      expect(missing, 'routes without a row in src/server/authorisation/expectations.ts').toEqual(
        [],
      );
      expect(stale, 'rows of routes that no longer exist').toEqual([]);
      expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(EVERY_ROW).sort());
    });

    it(
      'answers every cell as the expectations say, with no breach',
      { timeout: 300_000 },
      async () => {
        const results = await runMatrix(t, world, rows());
        const breaches = results.filter((r) => r.breach).length;
        const succeeded = results.filter((r) => r.status >= 200 && r.status < 300).length;
        console.log(
          `authorisation matrix [${t.kind}]: ${results.length} cells checked ` +
            `(${Object.keys(EVERY_ROW).length} rows × ${ACTORS.length} callers × own/other), ` +
            `breaches = ${breaches}, unexpected answers = ${results.filter((r) => r.wrong).length}, ` +
            `allowed cells that succeeded (2xx) = ${succeeded}`,
        );
        expect(describeFailures(results)).toEqual([]);
      },
    );
  },
  serverModules,
  { onRoute: table.onRoute },
);
