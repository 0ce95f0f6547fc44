/** Deal fields a `field` criterion may require to be set. */
export const DEAL_FIELDS = ['value', 'expectedCloseDate', 'contactId', 'companyId'] as const;
export type DealField = (typeof DEAL_FIELDS)[number];

export const CRITERION_KINDS = ['field', 'activity', 'check', 'nextActivity'] as const;
