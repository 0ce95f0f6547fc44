import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

// The conveyor's records as the API returns them (from the generated schema, never by hand).
type Schemas = components['schemas'];

export type Deal = Schemas['Deal'];
/**
 * A deal on the board: what the deals list answers (the deal and its company's name). A deal
 * stored from another answer (a move, an edit) keeps the name it had while its company stays the
 * same; without one (`undefined`) the card asks for the company itself.
 */
export type BoardDeal = Deal & Partial<Pick<Schemas['DealListItem'], 'companyName'>>;
export type Pipeline = Schemas['Pipeline'];
export type Stage = Schemas['Stage'];
export type ExitCriterion = Schemas['ExitCriterion'];
export type LostReason = Schemas['LostReason'];
export type Activity = Schemas['Activity'];
export type ActivityType = Activity['type'];
export type DealHistoryItem = Schemas['DealHistoryItem'];
export type DealTimelineItem = Schemas['DealTimelineItem'];
export type DealNote = Schemas['DealNote'];
export type DealFile = Schemas['DealFile'];
export type Mention = Schemas['Mention'];

/** A deal field an exit criterion can require. */
export type DealField = Extract<ExitCriterion, { kind: 'field' }>['field'];

/** One item of a `stage_gate_unmet` answer: an exit criterion still to be met. */
export type UnmetCriterion = NonNullable<Schemas['Problem']['unmet']>[number];
