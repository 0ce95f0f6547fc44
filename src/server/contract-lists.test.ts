// One contract (issue 15), the server's half: the enums server and web share live in src/contract,
// and the server imports them too — a zod schema `z.enum(LIST)`, a presenter or domain type
// `(typeof LIST)[number]`, a subset by a named rule built from the list. This test parses every
// server source file (tools/contract-lists/scan.ts) and fails on an array literal of string
// literals, or a union of string-literal types, whose values all belong to one list of the
// contract or one enum of the published OpenAPI document. src/web/contract-lists.test.ts holds
// the web to the same rule.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SRC,
  checkCopies,
  moduleDirs,
  sharedLists,
  sourcesUnder,
  type Allowed,
} from '../../tools/contract-lists/scan.ts';

/**
 * Lists of strings on the server that look like a contract list but are a different thing: demo
 * data and template data. Each entry is one place (file and values, in any order); the test also
 * fails when an entry no longer matches anything, so the list cannot keep stale exceptions. Keep
 * it short.
 */
const ALLOWED: Allowed[] = [
  {
    file: 'src/modules/accounts/app/contact-points.ts',
    values: ['company', 'contact'],
    reason:
      'the records a duplicate e-mail or phone can belong to: a fact of the accounts module, not the search kinds it shares two names with',
  },
  {
    file: 'src/modules/demo/app/demo-lamps.ts',
    values: ['green', 'green', 'amber', 'green', 'red', 'green', 'amber'],
    reason: 'demo data: the moods of the manual lamps, one per lamp in turn',
  },
  {
    file: 'src/modules/demo/app/demo-people.ts',
    values: ['closer', 'key_account_manager'],
    reason: "demo data: the head of sales' sales roles",
  },
  {
    file: 'src/modules/demo/app/demo-people.ts',
    values: ['account_manager', 'key_account_manager'],
    reason: "demo data: a key account manager's sales roles",
  },
  {
    file: 'src/modules/map/domain/templates/b2b-classic-map-shape.ts',
    values: ['prospecting', 'marketing'],
    reason: 'template data: the keys of the groups strategy leads to, not a list of group kinds',
  },
  {
    file: 'src/modules/map/domain/templates/b2b-classic-map-shape.ts',
    values: ['sales', 'key_account_management'],
    reason: 'template data: the keys of the groups account management leads to',
  },
  {
    file: 'src/modules/leads/app/check-prospect-import.ts',
    values: ['email', 'phone'],
    reason: 'the keys a duplicate lead or contact is found by, not a choice among form fields',
  },
];

/**
 * Every server source file: the kernel but its web layer (its config, domain, db, app, http and
 * jobs), the server's registry and OpenAPI document, the CLI, and every layer of every module but
 * `web/` (domain, db, app, http, jobs, locales, the module's index.ts). Tests, the API test harness
 * (src/server/test), generated files and the migrations are left out.
 */
function serverSources(): string[] {
  return [
    ...sourcesUnder(join(SRC, 'kernel'), [
      join(SRC, 'kernel/web'),
      join(SRC, 'kernel/db/migrations'),
    ]),
    ...sourcesUnder(join(SRC, 'server'), [join(SRC, 'server/test')]),
    ...sourcesUnder(join(SRC, 'cli')),
    ...moduleDirs().flatMap((dir) => sourcesUnder(dir, [join(dir, 'web')])),
  ];
}

describe('the server', () => {
  it('copies no list of the contract or the OpenAPI enums (it imports them from src/contract)', async () => {
    const lists = await sharedLists();
    // The collection itself must work, or the check below would pass on nothing.
    expect(lists.map((list) => list.name)).toContain('CHANNELS (src/contract/sources.ts)');
    expect(lists.some((list) => list.name.startsWith('openapi.json'))).toBe(true);
    const files = serverSources();
    expect(files).toEqual(
      expect.arrayContaining(
        [
          'kernel/config.ts',
          'kernel/domain/errors.ts',
          'server/openapi-document.ts',
          'cli/main.ts',
          'modules/conveyor/index.ts',
          'modules/conveyor/db/schema.ts',
          'modules/map/domain/metrics/metric.ts',
          'modules/leads/http/schemas/telephony.ts',
        ].map((path) => join(SRC, path)),
      ),
    );
    expect(files.filter((file) => /\/web\/|\.test\.tsx?$|\.gen\.ts$/.test(file))).toEqual([]);

    const { copies, stale } = checkCopies(files, lists, ALLOWED);
    expect(copies).toEqual([]);
    expect(stale).toEqual([]);
  });
});
