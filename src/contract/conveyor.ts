/** Deal fields a `field` criterion may require to be set. */
export const DEAL_FIELDS = ['value', 'expectedCloseDate', 'contactId', 'companyId'] as const;
export type DealField = (typeof DEAL_FIELDS)[number];

export const CRITERION_KINDS = ['field', 'activity', 'check', 'nextActivity'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** How a deal closes: the statuses other than open, won first. */
export const DEAL_OUTCOMES = ['won', 'lost'] as const satisfies readonly DealStatus[];
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

/** Which way a move took a deal along its pipeline's stages (a deal's history). */
export const MOVE_DIRECTIONS = ['forward', 'backward'] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];

/** What a manager overrode an unmet stage gate for: a move or a win. */
export const OVERRIDE_ACTIONS = ['move', 'win'] as const;
export type OverrideAction = (typeof OVERRIDE_ACTIONS)[number];
