import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { checkLossReason, type LossReasonFacts } from './loss-reason.ts';

function failure(attempt: () => unknown): DomainError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const noBudget: LossReasonFacts = { id: 'r1', active: true, stageIds: null };

describe('checkLossReason', () => {
  it('accepts an active reason allowed everywhere', () => {
    expect(() => checkLossReason(noBudget, 'r1', 'offer')).not.toThrow();
  });

  it('treats an empty stage list as allowed everywhere', () => {
    expect(() => checkLossReason({ ...noBudget, stageIds: [] }, 'r1', 'offer')).not.toThrow();
  });

  it('accepts a reason limited to stages that include this one', () => {
    const limited = { ...noBudget, stageIds: ['qualification', 'offer'] };
    expect(() => checkLossReason(limited, 'r1', 'offer')).not.toThrow();
  });

  it('requires a reason id', () => {
    expect(failure(() => checkLossReason(null, undefined, 'offer'))).toMatchObject({
      code: 'lost_reason_required',
      message: 'Choose a loss reason to lose a deal',
    });
    expect(failure(() => checkLossReason(null, '  ', 'offer')).code).toBe('lost_reason_required');
  });

  it('refuses an unknown reason', () => {
    expect(failure(() => checkLossReason(null, 'r9', 'offer'))).toMatchObject({
      code: 'lost_reason_invalid',
      message: 'Unknown loss reason r9',
    });
    // A looked-up reason that is not the one asked for is no better than none.
    expect(failure(() => checkLossReason(noBudget, 'r9', 'offer')).code).toBe(
      'lost_reason_invalid',
    );
  });

  it('refuses a retired reason', () => {
    const retired = { ...noBudget, active: false };
    expect(failure(() => checkLossReason(retired, 'r1', 'offer'))).toMatchObject({
      code: 'lost_reason_invalid',
      message: 'This loss reason is retired',
    });
  });

  it('refuses a reason not allowed at this stage', () => {
    const early = { ...noBudget, stageIds: ['identification'] };
    expect(failure(() => checkLossReason(early, 'r1', 'offer'))).toMatchObject({
      code: 'lost_reason_invalid',
      message: 'This loss reason may not be used at this stage',
    });
  });
});
