import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

// The conveyor's records as the API returns them (from the generated schema, never by hand).
type Schemas = components['schemas'];

export type Deal = Schemas['Deal'];
export type Pipeline = Schemas['Pipeline'];
export type Stage = Schemas['Stage'];
export type ExitCriterion = Schemas['ExitCriterion'];
export type LostReason = Schemas['LostReason'];
export type Activity = Schemas['Activity'];
export type ActivityType = Activity['type'];
export type DealHistoryItem = Schemas['DealHistoryItem'];

/** A deal field an exit criterion can require. */
export type DealField = Extract<ExitCriterion, { kind: 'field' }>['field'];

/** One item of a `stage_gate_unmet` answer: an exit criterion still to be met. */
export type UnmetCriterion = NonNullable<Schemas['Problem']['unmet']>[number];
