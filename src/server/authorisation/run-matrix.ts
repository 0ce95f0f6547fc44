// Sends every cell's request and judges its answer against the outcome derived from the rule.
import { TEST_ORIGIN, type TestApp } from '../test/test-app.ts';
import { cellContext, type Build } from './cell-context.ts';
import {
  ACTORS,
  expectedOutcome,
  hasOtherCell,
  isBreach,
  mismatch,
  type ActorName,
  type Answered,
  type WorkspaceSide,
} from './cells.ts';
import type { Expectation } from './expectations.ts';
import type { Actor, Call, World } from './world.ts';

export interface Row {
  key: string;
  expectation: Expectation;
  build: Build;
}

export interface CellResult {
  key: string;
  actor: ActorName;
  side: WorkspaceSide;
  call: Call;
  status: number;
  code: string | undefined;
  /** Why the answer is not the expected one. */
  wrong: string | null;
  /** A refused or other-workspace cell answered 2xx, or an answer showed the other workspace. */
  breach: string | null;
}

/** Rows whose request ends what later cells use: the session (log out), run after all others. */
const LAST = ['logOut'];

async function send(t: TestApp, actor: Actor, call: Call): Promise<Answered> {
  const headers: Record<string, string> = { host: 'localhost:80', ...call.headers };
  if (actor.token) headers.authorization = `Bearer ${actor.token}`;
  if (actor.cookie) {
    headers.cookie = actor.cookie;
    headers.origin = TEST_ORIGIN;
    headers['sec-fetch-site'] = 'same-origin';
  }
  const response = await t.app.inject({
    method: call.method as 'GET',
    url: call.url.startsWith('/api/') ? call.url : `/api/v1${call.url}`,
    headers,
    ...(call.body === undefined ? {} : { payload: call.body as object }),
  });
  const contentType = String(response.headers['content-type'] ?? '');
  let code: string | undefined;
  if (contentType.includes('json') && response.body) {
    const parsed = JSON.parse(response.body) as { code?: unknown };
    code = typeof parsed.code === 'string' ? parsed.code : undefined;
  }
  return { status: response.statusCode, contentType, code, text: response.body };
}

function leakedId(answer: Answered, otherIds: string[]): string | undefined {
  if (answer.status < 200 || answer.status >= 300) return undefined;
  return otherIds.find((id) => answer.text.includes(id));
}

async function runCell(
  t: TestApp,
  world: World,
  row: Row,
  actor: ActorName,
  side: WorkspaceSide,
): Promise<CellResult> {
  const call = await row.build(cellContext(world, side, world.actors[actor]));
  const answer = await send(t, world.actors[actor], call);
  const expected = expectedOutcome(row.expectation, actor, side);
  const leaked = leakedId(answer, world.otherIds);
  let breach: string | null = null;
  if (isBreach(expected, answer.status)) breach = `answered ${answer.status}`;
  else if (leaked) breach = `answer shows the other workspace's ${leaked}`;
  return {
    key: row.key,
    actor,
    side,
    call,
    status: answer.status,
    code: answer.code,
    wrong: mismatch(expected, answer),
    breach,
  };
}

/** Every cell, row by row; the rows in LAST after all others. */
export async function runMatrix(t: TestApp, world: World, rows: Row[]): Promise<CellResult[]> {
  const ordered = [
    ...rows.filter((row) => !LAST.includes(row.key)),
    ...rows.filter((row) => LAST.includes(row.key)),
  ];
  const results: CellResult[] = [];
  for (const row of ordered) {
    const sides: WorkspaceSide[] = hasOtherCell(row.expectation) ? ['own', 'other'] : ['own'];
    for (const side of sides) {
      for (const actor of ACTORS) results.push(await runCell(t, world, row, actor, side));
    }
  }
  return results;
}

/** One line per cell that is wrong or a breach, for the failure message. */
export function describeFailures(results: CellResult[]): string[] {
  return results
    .filter((r) => r.wrong || r.breach)
    .map(
      (r) =>
        `${r.key} × ${r.actor} × ${r.side}: ${r.call.method} ${r.call.url} → ${r.status} ` +
        `${r.code ?? ''} (${[r.breach && `BREACH ${r.breach}`, r.wrong].filter(Boolean).join('; ')})`,
    );
}
