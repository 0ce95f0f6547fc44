import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionWorkspace } from '../../app/identity/workspace-provisioning.ts';
import { evaluateMetric, type MetricEvent } from '../../domain/metrics/evaluate-metric.ts';
import { weekRange, weekStartDate, weeksBetween } from '../../domain/metrics/iso-week.ts';
import { computedMetricArb, eventArb } from '../../domain/metrics/metric-arbitrary.ts';
import type { Metric } from '../../domain/metrics/metric.ts';
import { openTestDatabase, testDatabaseKinds } from '../../http/test/databases.ts';
import type { Database } from '../connection.ts';
import { appendEvents } from '../events/append-events.ts';
import { newId } from '../ids.ts';
import { insertUser } from '../identity/users-repo.ts';
import { metricSeries, readsState } from './metric-series.ts';

// The compiled SQL must agree with the reference evaluator of the domain on any events.
// Weeks 2026-W42..W45 in Warsaw span the end of summer time (25 October).
const TIMEZONE = 'Europe/Warsaw';
const WEEKS = weeksBetween('2026-W42', '2026-W45');
const FROM = weekRange('2026-W42', TIMEZONE).start.getTime() - 86_400_000;
const TO = weekRange('2026-W45', TIMEZONE).end.getTime() + 86_400_000;

/** `teamId` compiles to the team's current members (ADR 010), which random events do not model. */
function withoutTeams(metric: Metric): Metric {
  if ('ratio' in metric)
    return { ratio: { of: withoutTeams(metric.ratio.of), to: withoutTeams(metric.ratio.to) } };
  for (const key of ['count', 'sum', 'median'] as const) {
    if (key in metric) {
      const filter = (metric as Record<typeof key, { event: string; where?: object }>)[key];
      const { teamId: _team, ...where } = (filter.where ?? {}) as { teamId?: string };
      return { ...metric, [key]: { ...filter, where } } as Metric;
    }
  }
  return metric;
}

const eventMetric = computedMetricArb(2)
  .filter((m) => !readsState(m))
  .map(withoutTeams);

for (const kind of testDatabaseKinds()) {
  describe(`metric SQL agrees with the reference evaluator [${kind}]`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database.close();
    });

    async function workspaceWith(events: MetricEvent[]): Promise<string> {
      return database.transaction(async (tx) => {
        const now = new Date();
        const user = await insertUser(tx, {
          id: newId(),
          email: `${newId()}@example.test`,
          name: 'Property',
          passwordHash: null,
          createdAt: now,
          updatedAt: now,
        });
        const { workspace } = await provisionWorkspace(
          tx,
          { name: 'P', locale: 'en', timezone: TIMEZONE, currency: 'PLN', template: 'empty' },
          user.id,
          now,
        );
        await appendEvents(
          tx,
          workspace.id,
          events.map((e) => ({ ...e, teamId: null, actorId: null })),
        );
        return workspace.id;
      });
    }

    it('for every week, on random events and metrics', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(eventArb(FROM, TO), { maxLength: 40 }),
          eventMetric,
          async (events, metric) => {
            const workspaceId = await workspaceWith(events);
            const series = await database.transaction((tx) =>
              metricSeries(
                tx,
                {
                  workspaceId,
                  timezone: TIMEZONE,
                  weekStarts: WEEKS.map(weekStartDate),
                  currentWeekStart: '2099-01-05',
                  now: new Date(),
                },
                metric,
              ),
            );
            for (const week of WEEKS) {
              const expected = evaluateMetric(
                metric,
                events.map((e) => ({ ...e, teamId: null })),
                weekRange(week, TIMEZONE),
              );
              const actual = series.get(weekStartDate(week)) ?? null;
              if (expected === null) expect(actual, week).toBeNull();
              else expect(actual, week).toBeCloseTo(expected, 6);
            }
          },
        ),
        { numRuns: 40 },
      );
    }, 120_000);
  });
}
