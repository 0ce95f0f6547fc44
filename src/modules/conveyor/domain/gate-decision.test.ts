import { describe, expect, it } from 'vitest';
import type { DomainErrorCode as ErrorCode } from '../../../kernel/domain/errors.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { UnmetCriterion } from './gate.ts';
import { decideGate, gateUnmetMessage } from './gate-decision.ts';

const unmet: UnmetCriterion[] = [
  { stageId: 's1', criterionId: 'a', kind: 'activity', label: 'Call held' },
  { stageId: 's2', criterionId: 'b', kind: 'check', label: 'Budget confirmed' },
];

function failure(attempt: () => unknown): DomainError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const codeOf = (attempt: () => unknown): ErrorCode => failure(attempt).code;

describe('decideGate without an override', () => {
  it('passes an open gate for every role', () => {
    for (const role of ['member', 'manager', 'admin'] as const) {
      expect(decideGate([], role)).toEqual({ overridden: false, reason: null });
    }
  });

  it('refuses a closed gate with stage_gate_unmet, the labels and the unmet list', () => {
    const error = failure(() => decideGate(unmet, 'admin'));
    expect(error.code).toBe('stage_gate_unmet');
    expect(error.message).toBe('Exit criteria not met: Call held, Budget confirmed');
    expect(error.extensions).toEqual({ unmet });
  });
});

describe('decideGate with an override', () => {
  it('lets a manager or an admin through a closed gate with a written reason', () => {
    expect(decideGate(unmet, 'manager', { reason: 'Client signed a letter of intent' })).toEqual({
      overridden: true,
      reason: 'Client signed a letter of intent',
    });
    expect(decideGate(unmet, 'admin', { reason: '  Board decision \n' })).toEqual({
      overridden: true,
      reason: 'Board decision',
    });
  });

  it('forbids a member to override, even an open gate, even with a reason', () => {
    expect(codeOf(() => decideGate(unmet, 'member', { reason: 'Trust me' }))).toBe(
      'override_forbidden',
    );
    expect(codeOf(() => decideGate([], 'member', { reason: 'Trust me' }))).toBe(
      'override_forbidden',
    );
    expect(codeOf(() => decideGate(unmet, 'member', {}))).toBe('override_forbidden');
  });

  it('requires a non-blank reason', () => {
    expect(codeOf(() => decideGate(unmet, 'manager', {}))).toBe('override_reason_required');
    expect(codeOf(() => decideGate(unmet, 'admin', { reason: '' }))).toBe(
      'override_reason_required',
    );
    expect(codeOf(() => decideGate(unmet, 'admin', { reason: ' \t ' }))).toBe(
      'override_reason_required',
    );
    expect(codeOf(() => decideGate([], 'manager', { reason: ' ' }))).toBe(
      'override_reason_required',
    );
  });

  it('records no override when the gate was open anyway', () => {
    expect(decideGate([], 'manager', { reason: 'Just in case' })).toEqual({
      overridden: false,
      reason: null,
    });
  });
});

describe('gateUnmetMessage', () => {
  it('names each label once, in order', () => {
    const twice: UnmetCriterion[] = [
      ...unmet,
      { stageId: 's3', criterionId: 'c', kind: 'activity', label: 'Call held' },
    ];
    expect(gateUnmetMessage(twice)).toBe('Exit criteria not met: Call held, Budget confirmed');
  });
});
