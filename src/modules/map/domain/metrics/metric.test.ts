import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, type FieldError } from '../../../../kernel/domain/errors.ts';
import { EVENT_TYPES } from '../../../../contract/event-types.ts';
import { metricArb } from './metric-arbitrary.ts';
import { MAX_RATIO_DEPTH, parseMetric, type Metric } from './metric.ts';
import { STATE_KINDS } from '../../../../contract/map.ts';

const ID = '3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';

/** The errors parseMetric reports for `json`; fails the test when it does not throw. */
function errorsOf(json: unknown): FieldError[] {
  try {
    parseMetric(json);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const err = e as DomainError;
    expect(err.code).toBe('invalid_metric');
    return err.extensions.errors as FieldError[];
  }
  throw new Error(`expected ${JSON.stringify(json)} to be rejected`);
}

describe('parseMetric accepts the grammar of API.md', () => {
  const valid: Metric[] = [
    { count: { event: 'deal.won' } },
    { count: { event: 'lead.created', where: { channel: 'outbound', medium: 'cold_call' } } },
    { sum: { event: 'deal.won', where: { pipelineId: ID, ownerId: ID, teamId: ID } } },
    { median: { event: 'deal.stage_entered', where: { stageId: ID } }, of: 'duration' },
    { median: { event: 'deal.lost' }, of: 'amount' },
    { ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.lost' } } } },
    { state: 'deals_without_next_activity' },
    { state: 'overdue_activities', where: { activityType: 'call', ownerId: ID } },
    { state: 'open_leads', where: { channel: 'inbound' } },
    { manual: true },
  ];
  it.each(valid.map((m) => [JSON.stringify(m), m]))('%s', (_, metric) => {
    expect(parseMetric(JSON.parse(JSON.stringify(metric)))).toEqual(metric);
  });

  it('accepts every event type of the catalogue in count', () => {
    for (const event of EVENT_TYPES)
      expect(parseMetric({ count: { event } })).toEqual({ count: { event } });
  });

  it('accepts every state kind', () => {
    for (const state of STATE_KINDS) expect(parseMetric({ state })).toEqual({ state });
  });

  it('lower-cases ids, so they compare equal to the stored ones', () => {
    const upper = ID.toUpperCase();
    expect(parseMetric({ count: { event: 'deal.won', where: { ownerId: upper } } })).toEqual({
      count: { event: 'deal.won', where: { ownerId: ID } },
    });
  });

  it(`allows ratios nested ${MAX_RATIO_DEPTH} deep`, () => {
    let metric: unknown = { count: { event: 'deal.won' } };
    for (let i = 0; i < MAX_RATIO_DEPTH; i++)
      metric = { ratio: { of: metric, to: { count: { event: 'deal.lost' } } } };
    expect(parseMetric(metric)).toEqual(metric);
  });

  it('returns every generated valid metric unchanged (property)', () => {
    fc.assert(
      fc.property(metricArb, (metric) => {
        expect(parseMetric(JSON.parse(JSON.stringify(metric)))).toEqual(metric);
      }),
    );
  });
});

describe('parseMetric rejects, naming the path of each problem', () => {
  const cases: [string, unknown, FieldError[]][] = [
    ['not an object', 'count', [{ path: 'metric', message: 'must be an object' }]],
    ['an array', [], [{ path: 'metric', message: 'must be an object' }]],
    ['null', null, [{ path: 'metric', message: 'must be an object' }]],
    [
      'no kind',
      {},
      [{ path: 'metric', message: 'must have one of count, sum, median, ratio, state, manual' }],
    ],
    [
      'two kinds',
      { count: { event: 'deal.won' }, sum: { event: 'deal.won' } },
      [
        {
          path: 'metric',
          message:
            'must have exactly one of count, sum, median, ratio, state, manual, not count, sum',
        },
      ],
    ],
    [
      'unknown event',
      { count: { event: 'deal.signed' } },
      [{ path: 'metric.count.event', message: 'unknown event type' }],
    ],
    ['missing event', { count: {} }, [{ path: 'metric.count.event', message: 'is required' }]],
    [
      'filter not an object',
      { count: 'deal.won' },
      [{ path: 'metric.count', message: 'must be an object with an event' }],
    ],
    [
      'unknown key beside the kind',
      { count: { event: 'deal.won' }, per: 'week' },
      [{ path: 'metric.per', message: 'unknown key' }],
    ],
    [
      'unknown key in a filter',
      { count: { event: 'deal.won', when: 1 } },
      [{ path: 'metric.count.when', message: 'unknown key' }],
    ],
    [
      'unknown where key',
      { count: { event: 'deal.won', where: { campaign: 'x' } } },
      [{ path: 'metric.count.where.campaign', message: 'unknown key' }],
    ],
    [
      'where not an object',
      { count: { event: 'deal.won', where: [] } },
      [{ path: 'metric.count.where', message: 'must be an object' }],
    ],
    [
      'ids that are not UUIDs',
      {
        count: {
          event: 'deal.won',
          where: { pipelineId: 'p1', stageId: 7, ownerId: `${ID}x`, teamId: '' },
        },
      },
      ['pipelineId', 'stageId', 'ownerId', 'teamId'].map((k) => ({
        path: `metric.count.where.${k}`,
        message: 'must be a UUID',
      })),
    ],
    [
      'bad channel, activity type and medium',
      {
        count: {
          event: 'activity.completed',
          where: { channel: 'web', activityType: 'lunch', medium: ' ' },
        },
      },
      [
        { path: 'metric.count.where.channel', message: 'must be one of inbound, outbound' },
        {
          path: 'metric.count.where.activityType',
          message: 'must be one of call, meeting, email, task',
        },
        {
          path: 'metric.count.where.medium',
          message: 'must be a non-empty string of at most 100 characters',
        },
      ],
    ],
    [
      'a medium too long',
      { count: { event: 'lead.created', where: { medium: 'm'.repeat(101) } } },
      [
        {
          path: 'metric.count.where.medium',
          message: 'must be a non-empty string of at most 100 characters',
        },
      ],
    ],
    [
      'sum of events without an amount',
      { sum: { event: 'lead.created' } },
      [{ path: 'metric.sum.event', message: 'lead.created carries no amount' }],
    ],
    [
      'median without of',
      { median: { event: 'deal.won' } },
      [{ path: 'metric.of', message: 'must be duration or amount' }],
    ],
    [
      'median of something else',
      { median: { event: 'deal.won' }, of: 'count' },
      [{ path: 'metric.of', message: 'must be duration or amount' }],
    ],
    [
      'median duration of events without one',
      { median: { event: 'deal.won' }, of: 'duration' },
      [{ path: 'metric.median.event', message: 'deal.won carries no duration' }],
    ],
    [
      'median amount of events without one',
      { median: { event: 'ticket.closed' }, of: 'amount' },
      [{ path: 'metric.median.event', message: 'ticket.closed carries no amount' }],
    ],
    [
      'ratio not an object',
      { ratio: 1 },
      [{ path: 'metric.ratio', message: 'must be an object with of and to' }],
    ],
    [
      'ratio missing its sides',
      { ratio: {} },
      [
        { path: 'metric.ratio.of', message: 'must be an object' },
        { path: 'metric.ratio.to', message: 'must be an object' },
      ],
    ],
    [
      'manual inside a ratio',
      { ratio: { of: { manual: true }, to: { count: { event: 'deal.won' } } } },
      [{ path: 'metric.ratio.of', message: 'a manual metric cannot be part of a ratio' }],
    ],
    [
      'manual other than true',
      { manual: 'yes' },
      [{ path: 'metric.manual', message: 'must be true' }],
    ],
    [
      'manual with extras',
      { manual: true, value: 3 },
      [{ path: 'metric.value', message: 'unknown key' }],
    ],
    [
      'unknown state',
      { state: 'won_deals' },
      [{ path: 'metric.state', message: `must be one of ${STATE_KINDS.join(', ')}` }],
    ],
    [
      'a where key that does not apply to the state',
      { state: 'open_leads', where: { pipelineId: ID } },
      [
        {
          path: 'metric.where.pipelineId',
          message: 'does not apply to open_leads',
        },
      ],
    ],
    [
      'activity type on deals',
      { state: 'open_deals', where: { activityType: 'call' } },
      [{ path: 'metric.where.activityType', message: 'does not apply to open_deals' }],
    ],
  ];
  it.each(cases)('%s', (_, json, expected) => {
    expect(errorsOf(json)).toEqual(expected);
  });

  it('lists every problem of a nested metric, each with its full path', () => {
    const errors = errorsOf({
      ratio: {
        of: { count: { event: 'nope', where: { ownerId: 'bad', colour: 'red' } } },
        to: { median: { event: 'lead.created' }, of: 'duration', extra: true },
        weight: 2,
      },
    });
    expect(errors).toEqual([
      { path: 'metric.ratio.weight', message: 'unknown key' },
      { path: 'metric.ratio.of.count.event', message: 'unknown event type' },
      { path: 'metric.ratio.of.count.where.ownerId', message: 'must be a UUID' },
      { path: 'metric.ratio.of.count.where.colour', message: 'unknown key' },
      { path: 'metric.ratio.to.extra', message: 'unknown key' },
      { path: 'metric.ratio.to.median.event', message: 'lead.created carries no duration' },
    ]);
  });

  it('puts every problem in the message too', () => {
    expect(() => parseMetric({ count: { event: 'x' }, y: 1 })).toThrow(
      'metric.y: unknown key; metric.count.event: unknown event type',
    );
  });

  it(`rejects ratios nested deeper than ${MAX_RATIO_DEPTH}`, () => {
    let metric: unknown = { count: { event: 'deal.won' } };
    for (let i = 0; i <= MAX_RATIO_DEPTH; i++)
      metric = { ratio: { of: metric, to: { count: { event: 'deal.lost' } } } };
    expect(errorsOf(metric)).toEqual([
      {
        path: `metric${'.ratio.of'.repeat(MAX_RATIO_DEPTH)}.ratio`,
        message: `ratios nest at most ${MAX_RATIO_DEPTH} deep`,
      },
    ]);
  });

  it('never fails on arbitrary JSON with anything but invalid_metric (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        try {
          parseMetric(json);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          expect((e as DomainError).code).toBe('invalid_metric');
          expect((e as DomainError).extensions.errors).not.toHaveLength(0);
        }
      }),
    );
  });

  it('rejects a valid metric once an unknown key is added anywhere in it (property)', () => {
    fc.assert(
      fc.property(metricArb, fc.nat(), (metric, pick) => {
        const copy = JSON.parse(JSON.stringify(metric)) as Record<string, unknown>;
        const objects: Record<string, unknown>[] = [];
        const collect = (v: unknown): void => {
          if (typeof v === 'object' && v !== null) {
            objects.push(v as Record<string, unknown>);
            Object.values(v).forEach(collect);
          }
        };
        collect(copy);
        const target = objects[pick % objects.length]!;
        target.zz_unknown = 1;
        expect(
          errorsOf(copy).some((e) => e.path.endsWith('.zz_unknown') && e.message === 'unknown key'),
        ).toBe(true);
      }),
    );
  });
});
