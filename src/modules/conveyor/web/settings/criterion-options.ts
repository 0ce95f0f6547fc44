import {
  CRITERION_KINDS as CONTRACT_CRITERION_KINDS,
  DEAL_FIELDS as CONTRACT_DEAL_FIELDS,
  type CriterionKind,
} from '../../../../contract/conveyor.ts';

export type { CriterionKind };

/** The deal fields a `field` criterion may require, in the editor's order: the contract's. */
export const DEAL_FIELDS = CONTRACT_DEAL_FIELDS;

/**
 * The kinds of exit criterion, in the editor's order: a plain check first (the simplest and the
 * one most stages use), then the others in the contract's order.
 */
export const CRITERION_KINDS: readonly CriterionKind[] = [...CONTRACT_CRITERION_KINDS].sort(
  (a, b) => Number(b === 'check') - Number(a === 'check'),
);
