// Property tests for the gate (DESIGN.md "Tests": property tests for gates). The oracle below
// restates API.md's criterion table independently of gate.ts, so a bug there cannot hide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DealGateFacts } from './gate.ts';
import { planMove, planWin } from './move-plan.ts';
import { sortedStages, type Criterion, type Pipeline, type Stage } from './pipeline.ts';
import { ACTIVITY_TYPES, type ActivityType } from '../../../contract/activities.ts';
import { DEAL_FIELDS } from '../../../contract/conveyor.ts';

type CriterionSpec =
  | { kind: 'field'; field: (typeof DEAL_FIELDS)[number] }
  | { kind: 'activity'; activityType: ActivityType }
  | { kind: 'check' }
  | { kind: 'nextActivity' };

const criterionSpec: fc.Arbitrary<CriterionSpec> = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), field: fc.constantFrom(...DEAL_FIELDS) }),
  fc.record({
    kind: fc.constant('activity' as const),
    activityType: fc.constantFrom(...ACTIVITY_TYPES),
  }),
  fc.record({ kind: fc.constant('check' as const) }),
  fc.record({ kind: fc.constant('nextActivity' as const) }),
);

/** 1..6 stages stored in shuffled order (orders are distinct but arbitrary integers). */
const pipelineArb: fc.Arbitrary<Pipeline> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.record({
      orders: fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }),
      criteria: fc.array(fc.array(criterionSpec, { maxLength: 3 }), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ orders, criteria }) => ({
    id: 'p',
    name: 'Generated',
    stages: orders.map((order, i): Stage => ({
      id: `stage-${i}`,
      name: `Stage ${i}`,
      order,
      goal: '',
      probability: 0,
      rotDays: null,
      role: null,
      optional: false,
      guidance: '',
      exitCriteria: (criteria[i] ?? []).map((spec, ci): Criterion => ({
        ...spec,
        id: `stage-${i}-c${ci}`,
        label: `Criterion ${i}.${ci}`,
      })),
    })),
  }));

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

/** A pipeline, a deal somewhere in it with random facts, and a target stage. */
const scenarioArb = pipelineArb.chain((pipeline) => {
  const stages = sortedStages(pipeline);
  const checkIds = stages.flatMap((s) =>
    s.exitCriteria.filter((c) => c.kind === 'check').map((c) => c.id),
  );
  return fc.record({
    pipeline: fc.constant(pipeline),
    currentIndex: fc.nat({ max: stages.length - 1 }),
    targetIndex: fc.nat({ max: stages.length - 1 }),
    requireNextActivity: fc.boolean(),
    value: nullable(fc.oneof(fc.constant(0), fc.double({ min: -100, max: 1e6, noNaN: true }))),
    expectedCloseDate: nullable(fc.constant('2026-12-15')),
    contactId: nullable(fc.constant('contact')),
    companyId: nullable(fc.constant('company')),
    doneCheckIds: fc.subarray([...checkIds, 'unrelated-check']),
    activityTypes: fc.subarray([...ACTIVITY_TYPES]),
    hasPlannedFutureActivity: fc.boolean(),
  });
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function factsOf(s: Scenario): DealGateFacts {
  const current = sortedStages(s.pipeline)[s.currentIndex] as Stage;
  return {
    stageId: current.id,
    value: s.value,
    expectedCloseDate: s.expectedCloseDate,
    contactId: s.contactId,
    companyId: s.companyId,
    doneCheckIds: new Set(s.doneCheckIds),
    activityTypesDoneSinceStageEntered: new Set(s.activityTypes),
    hasPlannedFutureActivity: s.hasPlannedFutureActivity,
  };
}

function targetOf(s: Scenario): Stage {
  return sortedStages(s.pipeline)[s.targetIndex] as Stage;
}

/** API.md's table, restated. */
function oracleMet(c: Criterion, f: DealGateFacts): boolean {
  if (c.kind === 'field') {
    if (c.field === 'value') return f.value !== null && f.value > 0;
    return f[c.field] !== null;
  }
  if (c.kind === 'activity') return f.activityTypesDoneSinceStageEntered.has(c.activityType);
  if (c.kind === 'check') return f.doneCheckIds.has(c.id);
  return f.hasPlannedFutureActivity;
}

/** A plain copy of the facts, Sets included, to compare before and after a call. */
function snapshot(f: DealGateFacts) {
  return {
    ...f,
    doneCheckIds: [...f.doneCheckIds].sort(),
    activityTypesDoneSinceStageEntered: [...f.activityTypesDoneSinceStageEntered].sort(),
  };
}

describe('gate properties', () => {
  it('a forward move has nothing unmet iff every criterion of every passed stage is met (and a next activity is planned when required)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        fc.pre(s.targetIndex > s.currentIndex);
        const facts = factsOf(s);
        const plan = planMove(s.pipeline, facts, targetOf(s).id, s);
        const passed = sortedStages(s.pipeline).slice(s.currentIndex, s.targetIndex);
        const allMet = passed.every((stage) =>
          stage.exitCriteria.every((c) => oracleMet(c, facts)),
        );
        const nextOk = !s.requireNextActivity || s.hasPlannedFutureActivity;
        expect(plan.kind).toBe('forward');
        expect(plan.passed.map((x) => x.id)).toEqual(passed.map((x) => x.id));
        expect(plan.unmet.length === 0).toBe(allMet && nextOk);
        // Each unmet explicit criterion is one the oracle says is unmet, reported once.
        const explicitIds = plan.unmet.flatMap((u) =>
          u.criterionId === null ? [] : [u.criterionId],
        );
        expect(new Set(explicitIds).size).toBe(explicitIds.length);
        const expectedIds = passed.flatMap((stage) =>
          stage.exitCriteria.filter((c) => !oracleMet(c, facts)).map((c) => c.id),
        );
        expect(explicitIds).toEqual(expectedIds);
      }),
      { numRuns: 500 },
    );
  });

  it('a deal that has done everything passes any forward move', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        fc.pre(s.targetIndex > s.currentIndex);
        const allChecks = s.pipeline.stages.flatMap((st) => st.exitCriteria.map((c) => c.id));
        const facts: DealGateFacts = {
          ...factsOf(s),
          value: 1,
          expectedCloseDate: '2026-12-15',
          contactId: 'c',
          companyId: 'co',
          doneCheckIds: new Set(allChecks),
          activityTypesDoneSinceStageEntered: new Set(ACTIVITY_TYPES),
          hasPlannedFutureActivity: true,
        };
        expect(planMove(s.pipeline, facts, targetOf(s).id, s).unmet).toEqual([]);
      }),
    );
  });

  it('a backward move always succeeds and changes neither the facts nor the pipeline', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        fc.pre(s.targetIndex < s.currentIndex);
        const facts = factsOf(s);
        const before = snapshot(facts);
        const pipelineBefore = structuredClone(s.pipeline);
        const plan = planMove(s.pipeline, facts, targetOf(s).id, s);
        expect(plan.kind).toBe('backward');
        expect(plan.unmet).toEqual([]);
        expect(snapshot(facts)).toEqual(before);
        expect(s.pipeline).toEqual(pipelineBefore);
      }),
      { numRuns: 300 },
    );
  });

  it('no move or win mutates the facts', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const facts = factsOf(s);
        const before = snapshot(facts);
        planMove(s.pipeline, facts, targetOf(s).id, s);
        planWin(s.pipeline, facts);
        expect(snapshot(facts)).toEqual(before);
      }),
    );
  });

  it('the unmet list never mentions a stage outside [current, target)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const facts = factsOf(s);
        const plan = planMove(s.pipeline, facts, targetOf(s).id, s);
        const window = new Set(
          sortedStages(s.pipeline)
            .slice(s.currentIndex, Math.max(s.currentIndex, s.targetIndex))
            .map((x) => x.id),
        );
        for (const u of plan.unmet) expect(window.has(u.stageId)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('win passes exactly the stages from the current one to the last, and checks only theirs, with no implicit criterion', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const facts = factsOf(s);
        const plan = planWin(s.pipeline, facts);
        const expected = sortedStages(s.pipeline).slice(s.currentIndex);
        expect(plan.passed.map((x) => x.id)).toEqual(expected.map((x) => x.id));
        const expectedIds = expected.flatMap((stage) =>
          stage.exitCriteria.filter((c) => !oracleMet(c, facts)).map((c) => c.id),
        );
        expect(plan.unmet.map((u) => u.criterionId)).toEqual(expectedIds);
      }),
      { numRuns: 300 },
    );
  });
});
