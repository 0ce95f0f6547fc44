import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levers, project } from './what-if.ts';
import { applyOverrides } from './what-if-overrides.ts';
import { stageConversions, type Drivers } from './what-if-drivers.ts';

const measured: Drivers = {
  sources: [
    {
      channel: 'inbound',
      medium: 'web_form',
      leadsPerWeek: 7,
      leadToDeal: 0.5,
      dealsPerWeekWithoutLead: 0,
    },
  ],
  stages: [
    { stageId: 'a', name: 'A', conversion: 0.5 },
    { stageId: 'b', name: 'B', conversion: 0.8 },
  ],
  averageWonValue: 1000,
  cycleDays: 30,
  leadToDealDays: 0,
};
// 7 leads a week → 0.5 deals a day → 0.2 won a day, each 30 days after it entered.

function wonByMonth(scenario: Drivers) {
  return project(measured, scenario, '2027-02-01', 3).months.map((m) => [
    m.month,
    m.baseline.won,
    m.projection.won,
    m.projection.revenue,
  ]);
}

describe('what-if projection', () => {
  it('keeps the measured flow as the baseline, day by day of each month', () => {
    expect(wonByMonth(measured)).toEqual([
      ['2027-02', 5.6, 5.6, 5600],
      ['2027-03', 6.2, 6.2, 6200],
      ['2027-04', 6, 6, 6000],
    ]);
  });

  it('shows a change of inflow after the cycle, and a shorter cycle sooner', () => {
    const sources = [{ ...measured.sources[0]!, leadsPerWeek: 14 }];
    // Twice the leads: from day 30 (2 March) 0.4 won a day.
    expect(wonByMonth({ ...measured, sources })).toEqual([
      ['2027-02', 5.6, 5.6, 5600],
      ['2027-03', 6.2, 12, 12_000], // 2 days × 0.2 + 29 days × 0.4
      ['2027-04', 6, 12, 12_000],
    ]);
    const none = [{ ...measured.sources[0]!, leadsPerWeek: 0 }];
    expect(wonByMonth({ ...measured, sources: none }).map((m) => m[2])).toEqual([5.6, 0.4, 0]);
    // A 20-day cycle: the new flow arrives on day 20 while the old one still drains to day 30.
    expect(wonByMonth({ ...measured, cycleDays: 20 }).map((m) => m[2])).toEqual([7.2, 6.6, 6]);
  });

  it('ranks the drivers by the revenue a 10 % better value adds over the horizon', () => {
    const ranked = levers(measured, measured, '2027-02-01', 3).map((l) => [
      l.driver,
      l.stageId ?? l.medium,
      l.from,
      l.to,
      l.gain.won,
      l.gain.revenue,
    ]);
    // 59 days of the 89 follow the 30-day cycle: +10 % of 0.2 won a day is 1.18 won.
    expect(ranked).toEqual([
      ['leadsPerWeek', 'web_form', 7, 7.7, 1.18, 1180],
      ['leadToDeal', 'web_form', 0.5, 0.55, 1.18, 1180],
      ['stageConversion', 'a', 0.5, 0.55, 1.18, 1180],
      ['stageConversion', 'b', 0.8, 0.88, 1.18, 1180],
      ['averageWonValue', null, 1000, 1100, 0, 1180],
      ['cycleDays', null, 30, 27, 0.6, 600],
    ]);
    // A conversion cannot pass 100 %: at 95 % only 5.3 % more is possible.
    const nearlyAll = {
      ...measured,
      stages: [measured.stages[0]!, { ...measured.stages[1]!, conversion: 0.95 }],
    };
    const last = levers(measured, nearlyAll, '2027-02-01', 3).find((l) => l.stageId === 'b')!;
    // 0.5 deals a day × 0.5 × (1 − 0.95) more won a day, for 59 days.
    expect([last.to, last.gain.won]).toEqual([1, 0.74]);
  });

  it('takes overrides by source and stage, adds new sources and refuses unknown stages', () => {
    const scenario = applyOverrides(measured, {
      sources: [
        { channel: 'inbound', medium: 'web_form', leadToDeal: 0.6 },
        { channel: 'outbound', medium: 'cold_call', leadsPerWeek: 10, leadToDeal: 0.1 },
      ],
      stages: [{ stageId: 'b', conversion: 1 }],
      cycleDays: 14,
    });
    expect(scenario.sources).toEqual([
      { ...measured.sources[0]!, leadToDeal: 0.6 },
      {
        channel: 'outbound',
        medium: 'cold_call',
        leadsPerWeek: 10,
        leadToDeal: 0.1,
        dealsPerWeekWithoutLead: 0,
      },
    ]);
    expect(scenario.stages.map((s) => s.conversion)).toEqual([0.5, 1]);
    expect([scenario.cycleDays, scenario.averageWonValue]).toEqual([14, 1000]);
    expect(() =>
      applyOverrides(measured, {
        stages: [
          { stageId: 'zzz', conversion: 1 },
          { stageId: 'a', conversion: 1 },
          { stageId: 'a', conversion: 0.9 },
        ],
        sources: [
          { channel: 'inbound', medium: null },
          { channel: 'inbound', medium: null },
        ],
      }),
    ).toThrow(
      'overrides.sources.1: This source is given twice; overrides.stages.0.stageId: Not a stage of the pipeline; overrides.stages.2.stageId: This stage is given twice',
    );
  });
});

describe('stage conversions', () => {
  it('count decided deals only: passed on, or lost at their furthest stage', () => {
    const stages = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ];
    const deal = (status: 'open' | 'won' | 'lost', ids: string[]) => ({
      status,
      value: null,
      reachedStageIds: new Set(ids),
    });
    const { drivers, evidence } = stageConversions(stages, [
      deal('won', ['a']), // won straight from A: passed every stage
      deal('lost', ['a']),
      deal('lost', ['a', 'b']),
      deal('open', ['a', 'b']), // undecided at B, passed A
      deal('open', ['a']),
      deal('lost', ['a', 'c', 'b']), // moved back from C and lost: C was its furthest
      deal('open', ['old-stage']), // a removed stage: counts as the first
    ]);
    expect(evidence).toEqual([
      { stageId: 'a', passed: 4, failed: 1 },
      { stageId: 'b', passed: 2, failed: 1 },
      { stageId: 'c', passed: 1, failed: 1 },
    ]);
    expect(drivers.map((d) => d.conversion)).toEqual([0.8, 0.6667, 0.5]);
    expect(stageConversions(stages, []).drivers.map((d) => d.conversion)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

const rateArb = fc.double({ min: 0, max: 1, noNaN: true });
const countArb = fc.double({ min: 0, max: 500, noNaN: true });
const daysArb = fc.double({ min: 0, max: 400, noNaN: true });
const driversArb: fc.Arbitrary<Drivers> = fc.record({
  sources: fc.array(
    fc.record({
      channel: fc.constantFrom('inbound', 'outbound', null),
      medium: fc.constantFrom('web_form', 'cold_call', null),
      leadsPerWeek: countArb,
      leadToDeal: fc.option(rateArb),
      dealsPerWeekWithoutLead: countArb,
    }),
    { maxLength: 4 },
  ),
  stages: fc.array(
    fc.record({ stageId: fc.uuid(), name: fc.string(), conversion: fc.option(rateArb) }),
    { minLength: 1, maxLength: 6 },
  ),
  averageWonValue: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })),
  cycleDays: fc.option(daysArb),
  leadToDealDays: fc.option(daysArb),
});
const monthsArb = fc.integer({ min: 1, max: 24 });
const revenues = (base: Drivers, scenario: Drivers, months: number) =>
  project(base, scenario, '2027-01-01', months).months.map((m) => m.projection.revenue);

describe('what-if properties', () => {
  it('without changes the projection is the baseline', () => {
    fc.assert(
      fc.property(driversArb, monthsArb, (d, months) => {
        for (const m of project(d, d, '2026-11-01', months).months) {
          expect(m.projection).toEqual(m.baseline);
        }
      }),
    );
  });

  it('raising a conversion never lowers projected revenue in any month', () => {
    fc.assert(
      fc.property(driversArb, monthsArb, fc.nat(), rateArb, (d, months, pick, lift) => {
        const i = pick % d.stages.length;
        const from = d.stages[i]!.conversion ?? 0;
        const raised = {
          ...d,
          stages: d.stages.map((s, j) =>
            j === i ? { ...s, conversion: from + (1 - from) * lift } : s,
          ),
        };
        const before = revenues(d, d, months);
        revenues(d, raised, months).forEach((r, k) => expect(r).toBeGreaterThanOrEqual(before[k]!));
      }),
    );
  });

  it('zero inflow wins nothing once the measured pipeline has drained', () => {
    fc.assert(
      fc.property(driversArb, monthsArb, (d, months) => {
        const dry = {
          ...d,
          sources: d.sources.map((s) => ({ ...s, leadsPerWeek: 0, dealsPerWeekWithoutLead: 0 })),
        };
        const drained = (d.cycleDays ?? 0) + (d.leadToDealDays ?? 0);
        let day = 0;
        for (const m of project(d, dry, '2027-01-01', months).months) {
          if (day >= drained) expect(m.projection.won).toBe(0);
          day += new Date(
            Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5)), 0),
          ).getUTCDate();
        }
      }),
    );
  });

  it('a shorter cycle or more leads never lowers the total, and every lever gains ≥ 0', () => {
    fc.assert(
      fc.property(
        driversArb,
        monthsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, months, f) => {
          const total = (s: Drivers) =>
            project(d, s, '2027-01-01', months).total.projection.revenue;
          const base = total(d);
          expect(total({ ...d, cycleDays: (d.cycleDays ?? 0) * f })).toBeGreaterThanOrEqual(base);
          const more = {
            ...d,
            sources: d.sources.map((s) => ({ ...s, leadsPerWeek: s.leadsPerWeek * (1 + f) })),
          };
          expect(total(more)).toBeGreaterThanOrEqual(base);
          for (const l of levers(d, d, '2027-01-01', months))
            expect(l.gain.revenue).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
