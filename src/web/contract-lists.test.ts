// One contract (issue 15): the enums server and web share live in src/contract, so the web may not
// type its own copy of one. This test parses every web source file (tools/contract-lists/scan.ts)
// and fails on an array literal of string literals, or a union of string-literal types, whose
// values all belong to one list of the contract or one enum of the published OpenAPI document — a
// copy that would silently go stale when the server's list changes. The web imports the list (or
// derives a subset from it). src/server/contract-lists.test.ts holds the server to the same rule.
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
 * Lists of strings in the web that look like a contract list but are a different thing. Each
 * entry is one place (file and values, in any order); the test also fails when an entry no
 * longer matches anything, so the list cannot keep stale exceptions. Keep it tiny.
 */
const ALLOWED: Allowed[] = [];

/** Every web source file: the shell, the kernel's web layer and each module's web layer. */
function webSources(): string[] {
  return [
    join(SRC, 'web'),
    join(SRC, 'kernel/web'),
    ...moduleDirs().map((dir) => join(dir, 'web')),
  ].flatMap((dir) => sourcesUnder(dir));
}

describe('the web', () => {
  it('copies no list of the contract or the OpenAPI enums (it imports them from src/contract)', async () => {
    const lists = await sharedLists();
    // The collection itself must work, or the check below would pass on nothing.
    expect(lists.map((list) => list.name)).toContain('ACTIVITY_TYPES (src/contract/activities.ts)');
    expect(lists.some((list) => list.name.startsWith('openapi.json'))).toBe(true);
    const files = webSources();
    expect(files).toContain(join(SRC, 'web/main.tsx'));

    const { copies, stale } = checkCopies(files, lists, ALLOWED);
    expect(copies).toEqual([]);
    expect(stale).toEqual([]);
  });
});
