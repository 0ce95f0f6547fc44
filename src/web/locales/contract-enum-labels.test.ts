// No raw code reaches a person (issue 17, deliverable 6): every value of every list of the
// contract that the web shows has its label in en, pl and ru, and a list the web never shows
// says why. A new list in src/contract fails here until it is placed in one of the two tables.
// (Error codes, event types and search kinds: contract-labels.test.ts.)
import { describe, expect, it } from 'vitest';
import { contractLists } from '../../../tools/contract-lists/scan.ts';
import { en, pl, ru, type Tree } from './resources.ts';

const locales: Record<string, Tree> = { en, pl, ru };

/**
 * Where each shown list's labels live: a key with `{}` for the value (dots in a value become
 * `_` where the key says `{_}`). One list may be labelled in several places: all must exist.
 */
const LABELS: Record<string, readonly string[]> = {
  ACTIVITY_TYPES: [
    'activityTypes.{}',
    'history.planned.{}',
    'history.done.{}',
    'goals.activity.{}',
  ],
  TOUCH_TYPES: ['activityTypes.{}'],
  GOAL_MEASURES: ['goals.measures.{}'],
  GOAL_PERIODS: ['goals.per.{}'],
  GOAL_STATUSES: ['reports.people.status.{}'],
  LEAD_FUNNEL_STEPS: ['reports.leadFunnel.steps.{}'],
  SOURCE_GROUPINGS: ['sourcesReport.groupings.{}'],
  SOURCE_DRIVERS: ['whatIf.levers.{}'],
  PIPELINE_DRIVERS: ['whatIf.{}', 'whatIf.levers.{}'],
  WHAT_IF_DRIVERS: ['whatIf.levers.{}'],
  AUDIT_ACTIONS: ['audit.actions.{}'],
  AUDIT_SUBJECT_KINDS: ['audit.subjects.{}'],
  DEAL_FIELDS: ['fields.{}', 'history.field.{}'],
  CRITERION_KINDS: ['settings.criteria.kinds.{}'],
  DEAL_STATUSES: ['deal.status.{}'],
  DEAL_OUTCOMES: ['deal.status.{}'],
  LEAD_STEPS: ['leads.status.{}'],
  LEAD_STATUSES: ['leads.status.{}'],
  LEAD_TARGETS: ['leads.status.{}', 'leads.mark.{}'],
  OPEN_LEAD_STATUSES: ['leads.status.{}'],
  FORM_FIELDS: ['leads.snippet.labels.{}'],
  PROSPECT_FIELDS: ['leads.import.fields.{}'],
  PROSPECT_PROBLEM_CODES: ['leads.import.codes.{}'],
  CHANNELS: ['leads.channel.{}', 'sourcesReport.channels.{}', 'map.where.channels.{}'],
  KNOWN_MEDIUMS: ['leads.medium.{}'],
  GROUP_KINDS: ['map.kind.{}'],
  GROUP_MODES: ['map.mode.{}', 'map.modeSentence.{}'],
  CADENCES: ['map.cadence.{}'],
  LAMP_POSITIONS: ['lamps.position.{}'],
  LAMP_STATUSES: ['lamps.status.{}'],
  DIRECTIONS: ['map.thresholds.{}'],
  STATE_KINDS: ['map.builder.states.{}'],
  WHERE_KEYS: ['map.where.{}'],
  METRIC_KINDS: ['map.builder.kinds.{}'],
  AMOUNT_EVENTS: ['map.event.{_}'],
  DURATION_EVENTS: ['map.event.{_}'],
  MEASURABLE_EVENT_TYPES: ['map.event.{_}'],
  BOOKKEEPING_EVENT_TYPES: ['map.event.{_}'],
  ROLES: ['roles.{}'],
  PERMISSION_ROLES: ['roles.{}'],
  SALES_ROLES: ['salesRoles.{}'],
  RECORD_SCOPES: ['workspaceSettings.permissions.scope.{}'],
  TEMPLATES: ['setup.templates.{}.name'],
  FIRST_STEPS: ['firstSteps.steps.{}.title'],
  SEARCH_KINDS: ['search.kind.{}'],
  EVENT_TYPES: ['map.event.{_}'],
  METRIC_EVENT_TYPES: ['map.event.{_}'],
};

/** Lists the web never shows as words, and why. */
const NOT_SHOWN: Record<string, string> = {
  ERROR_CODES: 'each code has its message (contract-labels.test.ts)',
  DOMAIN_ERROR_CODES: 'each code has its message (contract-labels.test.ts)',
  HTTP_ERROR_CODES: 'each code has its message (contract-labels.test.ts)',
  ACTIVITY_STATES: 'shown as the lists they sort into (planned, overdue marks, done)',
  MOVE_DIRECTIONS: 'a history line says moved or moved back',
  OVERRIDE_ACTIONS: 'the override dialog names what it overrides in its own sentence',
  ASSIGNMENT_HOWS: 'a timeline line per way (leads.timeline.assigned*)',
  CALL_STATUSES: 'a timeline line per status (leads.timeline.call*)',
  INVITATION_STATES: 'pending invitations are listed; the others are audit actions',
  DRILLDOWN_KINDS: 'a drill-down lists the records themselves, by name',
  MAP_VERSION_STATES: 'the map editor says draft or active in its own sentences',
  LOCALES: 'languages are named in their own language (the language menu)',
  TOKEN_SCOPES: 'API tokens are issued for the API; the scope is not chosen in the web',
  SEEN_PAGES: 'bookkeeping of the first steps',
  REPORT_FORMATS: 'CSV and XLSX are the files’ own names',
  CSV_DELIMITERS: 'separators shown as themselves',
  BOOLEAN_QUERY_VALUES: 'query-string values',
};

function text(tree: Tree, path: string): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** The key a value's label lives at; `.` in a value may be part of the path. */
function keyOf(pattern: string, value: string): string {
  return pattern.replace('{_}', value.replace(/\./g, '_')).replace('{}', value);
}

const lists = (await contractLists()).map((list) => ({
  name: list.name.split(' ')[0]!,
  values: [...list.values],
}));

describe('the contract’s lists', () => {
  it('are each labelled or said not to be shown', () => {
    expect(lists.length).toBeGreaterThan(20);
    const placed = lists.filter((l) => !(l.name in LABELS) && !(l.name in NOT_SHOWN));
    expect(placed.map((l) => l.name)).toEqual([]);
    const known = new Set(lists.map((l) => l.name));
    const stale = [...Object.keys(LABELS), ...Object.keys(NOT_SHOWN)].filter((n) => !known.has(n));
    expect(stale).toEqual([]);
  });
});

describe.each(Object.entries(locales))('in %s', (_language, tree) => {
  it('every value of a shown list has a label', () => {
    const missing = lists.flatMap((list) =>
      (LABELS[list.name] ?? []).flatMap((pattern) =>
        list.values.map((value) => keyOf(pattern, value)).filter((key) => !text(tree, key)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('no label is its own code (a snake_case code copied as the text)', () => {
    const raw = lists.flatMap((list) =>
      (LABELS[list.name] ?? []).flatMap((pattern) =>
        list.values
          .filter((value) => /_/.test(value) && text(tree, keyOf(pattern, value)) === value)
          .map((value) => keyOf(pattern, value)),
      ),
    );
    expect(raw).toEqual([]);
  });
});
