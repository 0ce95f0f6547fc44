// docs/authorisation-matrix.md, rendered from the same data the matrix test checks.
import {
  ACTOR_DESCRIPTIONS,
  ACTORS,
  expectedOutcome,
  hasOtherCell,
  type ActorName,
} from './cells.ts';
import {
  EXPECTATIONS,
  HIDDEN_ROUTES,
  operationOf,
  RULES,
  type Expectation,
  type Rule,
} from './expectations.ts';

export const RULE_DESCRIPTIONS: Record<Rule, string> = {
  public: 'anyone, signed in or not',
  'signed-in': 'any person with a session or an `api` token (about themselves)',
  member: 'any role of the workspace',
  'owner-or-manager':
    'managers and admins; a member for their own (or, by the workspace setting, their team’s) records — the matrix’s records are the admin’s, so a member is refused',
  manager: 'managers and admins',
  admin: 'admins only',
  'session-only': 'the person in a browser session; an API token is refused',
  'the-person':
    'the person themselves: a session, or a token they issued themselves; a token an admin issued for them is refused',
  'scope:integrations:telephony': 'an API token with the `integrations:telephony` scope',
};

const SHORT: Record<ActorName, string> = {
  admin: 'admin',
  manager: 'manager',
  member: 'member',
  'member-session': 'member (session)',
  'telephony-token': 'telephony token',
  anonymous: 'anonymous',
};

/** The method and path of every operationId (from openapi.json). */
export type OperationPaths = Record<string, { method: string; path: string }>;

function ownCell(expectation: Expectation, actor: ActorName): string {
  const outcome = expectedOutcome(expectation, actor, 'own');
  if (outcome === 'forbidden-or-hidden' || outcome.kind === 'hidden') return '?';
  return outcome.kind === 'allowed' ? 'yes' : String(outcome.status);
}

function otherCell(expectation: Expectation): string {
  if (!hasOtherCell(expectation)) return '—';
  return expectation.addresses === 'body' ? '4xx' : '404';
}

function row(label: string, route: string, expectation: Expectation): string[] {
  const rule = expectation.documented
    ? `${expectation.rule} (documented: ${expectation.documented})`
    : expectation.rule;
  return [
    label,
    route,
    rule,
    ...ACTORS.map((actor) => ownCell(expectation, actor)),
    otherCell(expectation),
  ];
}

export interface MatrixDocument {
  header: string[];
  rows: string[][];
  /** The Markdown around the table; `{{table}}` marks its place. */
  text: string;
}

export function matrixDocument(paths: OperationPaths): MatrixDocument {
  const rows = [
    ...Object.entries(EXPECTATIONS).map(([key, expectation]) => {
      const operation = operationOf(key, expectation);
      const at = paths[operation];
      const route = at ? `${at.method} ${at.path}` : '(no route)';
      const label = expectation.variant ? `${operation}: ${expectation.variant}` : operation;
      return row(label, route, expectation);
    }),
    ...Object.entries(HIDDEN_ROUTES).map(([key, expectation]) =>
      row('(not in openapi.json)', key, expectation),
    ),
  ];
  const differences = Object.entries(EXPECTATIONS)
    .filter(([, e]) => e.documented || e.note)
    .map(([key, e]) => {
      const documented = e.documented
        ? `\`${e.rule}\` today; issue 16 asks for \`${e.documented}\``
        : '';
      return `- \`${key}\`: ${[documented, e.note].filter(Boolean).join('; ')}.`;
    });
  const text = [
    '# Authorisation matrix',
    '',
    'Generated from `src/server/authorisation/expectations.ts` by the authorisation matrix test',
    '(`src/server/authorisation/`), which fails when this file drifts from the data: after changing',
    'a rule, run `npx vitest run src/server/authorisation -u` and commit the result. The same test',
    'calls every route of the server as each caller below, in the caller’s own workspace and with',
    'the records of a workspace the caller does not belong to ([ADR 028](decisions/028-authorisation-matrix.md)).',
    'Who may do what, in words: [permissions](permissions.md).',
    '',
    '## Callers',
    '',
    ...ACTORS.map((actor) => `- **${SHORT[actor]}**: ${ACTOR_DESCRIPTIONS[actor]}.`),
    '',
    '## Rules',
    '',
    ...RULES.map((rule) => `- \`${rule}\`: ${RULE_DESCRIPTIONS[rule]}.`),
    '',
    '## Operations',
    '',
    'A cell says what the caller gets in their own workspace: **yes** (let through: 2xx, or a 4xx',
    'about the request itself, never 401 or 403), **401** `unauthenticated`, **403** `forbidden`, or',
    '**404** `not_found` where the refusal hides the record. The last column is what an allowed',
    'caller gets for a record of another workspace: **404** `not_found` for an id in the path or',
    'query, **4xx** for an id in the body, **—** when the operation names no record. A refused',
    'caller is refused there too (403 or 404). Any 2xx for a refused caller or another',
    'workspace’s record is a breach.',
    '',
    '{{table}}',
    '',
    '## Notes and differences from the documents',
    '',
    ...differences,
    '',
  ].join('\n');
  const header = ['operation', 'route', 'rule', ...ACTORS.map((a) => SHORT[a]), 'other workspace'];
  return { header, rows, text };
}
