import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { DealGateFacts } from './gate.ts';
import { planMove, planWin } from './move-plan.ts';
import type { Criterion, Pipeline, Stage } from './pipeline.ts';

function stage(id: string, order: number, exitCriteria: Criterion[] = []): Stage {
  return {
    id,
    name: id,
    order,
    goal: '',
    probability: order * 20,
    rotDays: null,
    role: null,
    optional: false,
    guidance: '',
    exitCriteria,
  };
}

const callHeld: Criterion = {
  id: 'call',
  kind: 'activity',
  activityType: 'call',
  label: 'Call held',
};
const contactKnown: Criterion = {
  id: 'contact',
  kind: 'field',
  field: 'contactId',
  label: 'Decision maker known',
};
const budget: Criterion = { id: 'budget', kind: 'check', label: 'Budget confirmed' };
const valued: Criterion = { id: 'value', kind: 'field', field: 'value', label: 'Value estimated' };
const offerDate: Criterion = { id: 'next', kind: 'nextActivity', label: 'Offer date agreed' };

// Stored out of order on purpose: the rules must go by `order`.
const pipeline: Pipeline = {
  id: 'p',
  name: 'New business',
  stages: [
    stage('offer', 2, [valued, offerDate]),
    stage('identification', 0, [callHeld, contactKnown]),
    stage('negotiation', 3),
    stage('qualification', 1, [budget]),
  ],
};

const bare: DealGateFacts = {
  stageId: 'identification',
  value: null,
  expectedCloseDate: null,
  contactId: null,
  companyId: null,
  doneCheckIds: new Set(),
  activityTypesDoneSinceStageEntered: new Set(),
  hasPlannedFutureActivity: false,
};

const everythingDone: DealGateFacts = {
  ...bare,
  value: 1000,
  contactId: 'ct',
  doneCheckIds: new Set(['budget']),
  activityTypesDoneSinceStageEntered: new Set(['call']),
  hasPlannedFutureActivity: true,
};

const implicit = (stageId: string) => ({
  stageId,
  criterionId: null,
  kind: 'nextActivity',
  label: 'Next activity planned',
});

describe('planMove — forward', () => {
  it('passes to the next stage when the current stage’s criteria are met', () => {
    const plan = planMove(pipeline, everythingDone, 'qualification', { requireNextActivity: true });
    expect(plan.kind).toBe('forward');
    expect(plan.from.id).toBe('identification');
    expect(plan.to.id).toBe('qualification');
    expect(plan.passed.map((s) => s.id)).toEqual(['identification']);
    expect(plan.unmet).toEqual([]);
  });

  it('reports the unmet criteria of the current stage with ids, kinds and labels', () => {
    const facts = { ...bare, hasPlannedFutureActivity: true };
    const plan = planMove(pipeline, facts, 'qualification', { requireNextActivity: true });
    expect(plan.unmet).toEqual([
      { stageId: 'identification', criterionId: 'call', kind: 'activity', label: 'Call held' },
      {
        stageId: 'identification',
        criterionId: 'contact',
        kind: 'field',
        label: 'Decision maker known',
      },
    ]);
  });

  it('checks every skipped stage too, and passes them in order', () => {
    const facts = { ...everythingDone, doneCheckIds: new Set<string>(), value: 0 };
    const plan = planMove(pipeline, facts, 'negotiation', { requireNextActivity: true });
    expect(plan.passed.map((s) => s.id)).toEqual(['identification', 'qualification', 'offer']);
    expect(plan.unmet.map((u) => [u.stageId, u.criterionId])).toEqual([
      ['qualification', 'budget'],
      ['offer', 'value'],
    ]);
  });

  it('does not check the target stage’s own criteria', () => {
    const plan = planMove(
      pipeline,
      { ...everythingDone, doneCheckIds: new Set() },
      'qualification',
      {
        requireNextActivity: true,
      },
    );
    expect(plan.unmet).toEqual([]);
  });

  it('requires a planned next activity when the workspace says so, as an implicit criterion', () => {
    const facts = { ...everythingDone, hasPlannedFutureActivity: false };
    const plan = planMove(pipeline, facts, 'qualification', { requireNextActivity: true });
    expect(plan.unmet).toEqual([implicit('identification')]);
  });

  it('puts the implicit criterion with the current stage, before skipped stages’ criteria', () => {
    const facts = {
      ...everythingDone,
      hasPlannedFutureActivity: false,
      doneCheckIds: new Set<string>(),
    };
    const plan = planMove(pipeline, facts, 'offer', { requireNextActivity: true });
    expect(plan.unmet.map((u) => u.criterionId)).toEqual([null, 'budget']);
    expect(plan.unmet[0]).toEqual(implicit('identification'));
  });

  it('does not require a next activity when the workspace setting is off', () => {
    const facts = { ...everythingDone, hasPlannedFutureActivity: false };
    expect(
      planMove(pipeline, facts, 'qualification', { requireNextActivity: false }).unmet,
    ).toEqual([]);
  });

  it('reports an explicit next-activity criterion once, not again as the implicit one', () => {
    const facts = { ...everythingDone, stageId: 'offer', hasPlannedFutureActivity: false };
    const plan = planMove(pipeline, facts, 'negotiation', { requireNextActivity: true });
    expect(plan.unmet).toEqual([
      { stageId: 'offer', criterionId: 'next', kind: 'nextActivity', label: 'Offer date agreed' },
    ]);
  });

  it('also when the explicit next-activity criterion belongs to a skipped stage', () => {
    const facts = { ...everythingDone, stageId: 'qualification', hasPlannedFutureActivity: false };
    const plan = planMove(pipeline, facts, 'negotiation', { requireNextActivity: true });
    expect(plan.unmet.map((u) => [u.stageId, u.criterionId])).toEqual([['offer', 'next']]);
  });
});

describe('planMove — backward and same stage', () => {
  it('always allows moving back, however much is unmet', () => {
    const facts = { ...bare, stageId: 'negotiation' };
    const plan = planMove(pipeline, facts, 'identification', { requireNextActivity: true });
    expect(plan).toMatchObject({ kind: 'backward', passed: [], unmet: [] });
    expect(plan.from.id).toBe('negotiation');
    expect(plan.to.id).toBe('identification');
  });

  it('treats a move to the current stage as a no-op', () => {
    const plan = planMove(pipeline, bare, 'identification', { requireNextActivity: true });
    expect(plan).toMatchObject({ kind: 'same', passed: [], unmet: [] });
    expect(plan.from).toBe(plan.to);
  });
});

describe('planMove — errors', () => {
  it('refuses a stage of another pipeline with stage_not_in_pipeline', () => {
    const attempt = () => planMove(pipeline, bare, 'elsewhere', { requireNextActivity: true });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'stage_not_in_pipeline',
        message: 'Stage elsewhere is not in pipeline "New business"',
      }),
    );
  });

  it('treats a deal outside the pipeline as a programming error, not a user error', () => {
    const attempt = () =>
      planMove(pipeline, { ...bare, stageId: 'ghost' }, 'offer', { requireNextActivity: true });
    expect(attempt).toThrow("Deal's stage ghost is not in pipeline p");
    expect(attempt).not.toThrow(DomainError);
  });
});

describe('planWin', () => {
  it('passes the current stage and all remaining ones', () => {
    const plan = planWin(pipeline, { ...everythingDone, stageId: 'qualification' });
    expect(plan.passed.map((s) => s.id)).toEqual(['qualification', 'offer', 'negotiation']);
    expect(plan.unmet).toEqual([]);
  });

  it('applies the remaining stages’ criteria as a forward move does', () => {
    const plan = planWin(pipeline, {
      ...bare,
      stageId: 'qualification',
      hasPlannedFutureActivity: true,
    });
    expect(plan.unmet.map((u) => [u.stageId, u.criterionId])).toEqual([
      ['qualification', 'budget'],
      ['offer', 'value'],
    ]);
  });

  it('checks the last stage’s own criteria when winning from it', () => {
    const last: Pipeline = { id: 'q', name: 'Short', stages: [stage('only', 0, [budget])] };
    const plan = planWin(last, { ...bare, stageId: 'only' });
    expect(plan.passed.map((s) => s.id)).toEqual(['only']);
    expect(plan.unmet.map((u) => u.criterionId)).toEqual(['budget']);
  });

  it('adds no implicit next-activity criterion: a won deal needs no next step', () => {
    const facts = { ...everythingDone, stageId: 'negotiation', hasPlannedFutureActivity: false };
    expect(planWin(pipeline, facts).unmet).toEqual([]);
  });
});

describe('optional stages (seed 002: negotiation may happen)', () => {
  const terms: Criterion = { id: 'terms', kind: 'check', label: 'Terms agreed' };
  // Offer → Negotiation (optional, with a check of its own) → Contract.
  const withOptional: Pipeline = {
    id: 'o',
    name: 'With negotiation',
    stages: [
      stage('offer', 0, [valued]),
      { ...stage('negotiation', 1, [terms]), optional: true },
      stage('contract', 2, [budget]),
    ],
  };
  const atOffer: DealGateFacts = { ...bare, stageId: 'offer', value: 500 };

  it('wins from the stage before an optional one without its criteria', () => {
    const plan = planWin(withOptional, { ...atOffer, doneCheckIds: new Set(['budget']) });
    expect(plan.passed.map((s) => s.id)).toEqual(['offer', 'negotiation', 'contract']);
    expect(plan.gated.map((s) => s.id)).toEqual(['offer', 'contract']);
    expect(plan.unmet).toEqual([]);
  });

  it('still applies the non-optional stages a win skips', () => {
    const plan = planWin(withOptional, atOffer);
    expect(plan.unmet.map((u) => u.criterionId)).toEqual(['budget']);
  });

  it('moves past an optional stage without its criteria', () => {
    const plan = planMove(withOptional, atOffer, 'contract', { requireNextActivity: false });
    expect(plan.unmet).toEqual([]);
  });

  it('applies an optional stage’s gate to a deal that entered it', () => {
    const inNegotiation = { ...atOffer, stageId: 'negotiation', doneCheckIds: new Set(['budget']) };
    expect(planWin(withOptional, inNegotiation).unmet.map((u) => u.criterionId)).toEqual(['terms']);
    const move = planMove(withOptional, inNegotiation, 'contract', { requireNextActivity: false });
    expect(move.unmet.map((u) => u.criterionId)).toEqual(['terms']);
  });
});
