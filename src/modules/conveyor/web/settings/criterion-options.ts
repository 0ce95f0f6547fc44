import type { DealField } from '../api/types.ts';

/** The deal fields a `field` criterion may require, in the editor's order. */
export const DEAL_FIELDS = [
  'value',
  'expectedCloseDate',
  'contactId',
  'companyId',
] as const satisfies readonly DealField[];

/** The kinds of exit criterion, in the editor's order. */
export const CRITERION_KINDS = ['check', 'field', 'activity', 'nextActivity'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
