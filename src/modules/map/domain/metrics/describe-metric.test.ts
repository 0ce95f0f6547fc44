import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_EVENT_TYPES } from '../../../../contract/event-types.ts';
import {
  METRIC_PHRASES,
  describeMetric,
  type MetricLocale,
  type MetricNames,
} from './describe-metric.ts';
import { IDS, metricArb } from './metric-arbitrary.ts';
import { DURATION_EVENTS, type Metric } from './metric.ts';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import { STATE_KINDS, WHERE_KEYS } from '../../../../contract/map.ts';
import { CHANNELS } from '../../../../contract/sources.ts';

const [PIPELINE, STAGE, USER] = IDS;
const names: MetricNames = {
  pipeline: (id) => (id === PIPELINE ? 'New business' : undefined),
  stage: (id) => (id === STAGE ? 'Offer' : undefined),
  user: (id) => (id === USER ? 'Anna Nowak' : undefined),
  team: () => undefined,
};
const LOCALES: MetricLocale[] = ['en', 'pl', 'ru'];

const all = (metric: Metric): string[] => LOCALES.map((l) => describeMetric(metric, l, names));

describe('describeMetric', () => {
  it('counts per week', () => {
    expect(all({ count: { event: 'deal.won' } })).toEqual([
      'Number of deals won per week',
      'Liczba wygranych transakcji w tygodniu',
      'Количество выигранных сделок за неделю',
    ]);
  });

  it('names the stage entered instead of repeating it in the where clause', () => {
    expect(
      all({
        median: { event: 'deal.stage_entered', where: { stageId: STAGE, pipelineId: PIPELINE } },
        of: 'duration',
      }),
    ).toEqual([
      'Median time in stage before entering Offer (pipeline New business)',
      'Mediana czasu na poprzednim etapie przed wejściem na etap Offer (lejek: New business)',
      'Медиана времени на предыдущем этапе до перехода на этап Offer (воронка: New business)',
    ]);
    expect(all({ count: { event: 'deal.stage_entered', where: { stageId: STAGE } } })).toEqual([
      'Number of deals entering Offer per week',
      'Liczba wejść transakcji na etap Offer w tygodniu',
      'Количество переходов сделок на этап Offer за неделю',
    ]);
  });

  it('reads a ratio with the right case on each side', () => {
    expect(
      all({
        ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.lost' } } },
      }),
    ).toEqual([
      'Ratio of deals won to deals lost',
      'Stosunek liczby wygranych transakcji do liczby przegranych transakcji',
      'Отношение числа выигранных сделок к числу проигранных сделок',
    ]);
    expect(
      all({
        ratio: {
          of: { ratio: { of: { sum: { event: 'deal.won' } }, to: { state: 'open_deals' } } },
          to: { median: { event: 'deal.won' }, of: 'amount' },
        },
      }),
    ).toEqual([
      'Ratio of (ratio of total value of deals won to open deals) to median value of deals won',
      'Stosunek (stosunku łącznej wartości wygranych transakcji do liczby otwartych transakcji) do mediany wartości wygranych transakcji',
      'Отношение (отношения общей суммы выигранных сделок к числу открытых сделок) к медианной сумме выигранных сделок',
    ]);
  });

  it('reads a state at week end', () => {
    expect(all({ state: 'deals_without_next_activity' })).toEqual([
      'Open deals without a next activity at week end',
      'Liczba otwartych transakcji bez zaplanowanej następnej aktywności na koniec tygodnia',
      'Количество открытых сделок без следующей активности на конец недели',
    ]);
  });

  it('says a manual metric is entered by hand', () => {
    expect(all({ manual: true })).toEqual([
      'Entered by hand',
      'Wprowadzane ręcznie',
      'Вводится вручную',
    ]);
  });

  it('lists where values by name, translated, and marks names that no longer exist', () => {
    const metric: Metric = {
      sum: {
        event: 'deal.won',
        where: { ownerId: USER, channel: 'inbound', teamId: IDS[2], medium: 'web_form' },
      },
    };
    expect(all(metric)).toEqual([
      'Total value of deals won per week (channel inbound, medium web form, owner Anna Nowak, team unknown)',
      'Łączna wartość wygranych transakcji w tygodniu (kanał: przychodzący, medium: formularz WWW, opiekun: Anna Nowak, zespół: nieznany)',
      'Общая сумма выигранных сделок за неделю (канал: входящий, медиум: веб-форма, ответственный: Anna Nowak, команда: неизвестно)',
    ]);
    expect(
      describeMetric(
        { state: 'overdue_activities', where: { activityType: 'meeting' } },
        'pl',
        names,
      ),
    ).toBe('Liczba zaległych aktywności na koniec tygodnia (rodzaj aktywności: spotkanie)');
    expect(
      describeMetric({ count: { event: 'deal.stage_entered', where: { stageId: IDS[1] } } }, 'en', {
        ...names,
        stage: () => undefined,
      }),
    ).toBe('Number of deals entering an unknown stage per week');
  });

  it('has a phrase for every event type, state, duration, channel and activity type in every locale', () => {
    for (const locale of LOCALES) {
      const p = METRIC_PHRASES[locale];
      const tables: [readonly string[], Record<string, string>][] = [
        [METRIC_EVENT_TYPES, p.events],
        [STATE_KINDS, p.states],
        [DURATION_EVENTS, p.durations],
        [CHANNELS, p.channels],
        [ACTIVITY_TYPES, p.activityTypes],
        [WHERE_KEYS, p.whereLabels],
      ];
      for (const [keys, table] of tables) {
        expect(Object.keys(table).sort()).toEqual([...keys].sort());
        for (const key of keys) expect(table[key]?.trim(), `${locale} ${key}`).toBeTruthy();
        // Two event types read the same would make two lamps indistinguishable.
        expect(new Set(Object.values(table)).size).toBe(keys.length);
      }
    }
  });

  it('gives every valid metric a distinct-looking sentence in each locale (property)', () => {
    fc.assert(
      fc.property(metricArb, (metric) => {
        const sentences = all(metric);
        for (const s of sentences) {
          expect(s).not.toMatch(/undefined|null|\[object|\s{2}|^\s|\s$/);
          expect(s.charAt(0)).toBe(s.charAt(0).toUpperCase());
        }
        expect(new Set(sentences).size).toBe(3);
      }),
    );
  });

  it('mentions the pipeline named in any where clause (property)', () => {
    fc.assert(
      fc.property(metricArb, (metric) => {
        const json = JSON.stringify(metric);
        if (!json.includes(`"pipelineId":"${PIPELINE}"`)) return;
        for (const s of all(metric)) expect(s).toContain('New business');
      }),
    );
  });
});
