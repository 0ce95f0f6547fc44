// Where the demo company's deals come from, and how good each source is. The numbers tell the
// stories of DOMAIN.md: referrals and existing customers win often, ads bring volume of lower
// quality, and cold calling burns two prospectors' time for almost nothing (seed 000). Every
// deal but an upsell starts as a lead of its channel (demo-leads-plan.ts).
import { CREW } from './demo-people.ts';
import type { Channel, KnownMedium } from '../../../contract/sources.ts';

interface ChannelProfileOf<Key extends KnownMedium> {
  /** A medium every language has a label for (`leads.medium.*`). */
  key: Key;
  channel: Channel;
  /** Share of all deals. */
  share: number;
  /** Chance to pass each of the four stages (the last: to win). */
  advance: readonly [number, number, number, number];
  /** Deal value range, in the workspace's currency units before the locale's scale. */
  value: readonly [number, number];
  /** Who opens and qualifies the deal (roster indexes). */
  openers: readonly number[];
  /** Account managers keep their deals to the end; others hand over to a closer at Offer. */
  keepsOwner: boolean;
  /** Failed attempts before anyone answers, in Identification. */
  attempts: readonly [number, number];
  /** Deals are opened at existing customers (those with a won deal). */
  existingCustomers: boolean;
}

export const CHANNELS = [
  {
    key: 'web_form',
    channel: 'inbound',
    share: 0.24,
    advance: [0.85, 0.65, 0.75, 0.65],
    value: [4_000, 18_000],
    openers: CREW.inboundHunters,
    keepsOwner: false,
    attempts: [0, 1],
    existingCustomers: false,
  },
  {
    key: 'cpc',
    channel: 'inbound',
    share: 0.2,
    advance: [0.65, 0.5, 0.6, 0.55],
    value: [2_000, 9_000],
    openers: CREW.inboundHunters,
    keepsOwner: false,
    attempts: [0, 2],
    existingCustomers: false,
  },
  {
    key: 'referral',
    channel: 'inbound',
    share: 0.08,
    advance: [0.92, 0.8, 0.8, 0.72],
    value: [10_000, 45_000],
    openers: CREW.inboundHunters,
    keepsOwner: false,
    attempts: [0, 0],
    existingCustomers: false,
  },
  {
    key: 'phone',
    channel: 'inbound',
    share: 0.06,
    advance: [0.8, 0.6, 0.65, 0.6],
    value: [3_000, 15_000],
    openers: CREW.inboundHunters,
    keepsOwner: false,
    attempts: [0, 1],
    existingCustomers: false,
  },
  {
    key: 'cold_email',
    channel: 'outbound',
    share: 0.14,
    advance: [0.5, 0.45, 0.55, 0.5],
    value: [5_000, 20_000],
    openers: CREW.outboundHunters,
    keepsOwner: false,
    attempts: [1, 3],
    existingCustomers: false,
  },
  {
    key: 'linkedin',
    channel: 'outbound',
    share: 0.1,
    advance: [0.55, 0.5, 0.6, 0.5],
    value: [5_000, 25_000],
    openers: CREW.outboundHunters,
    keepsOwner: false,
    attempts: [1, 2],
    existingCustomers: false,
  },
  {
    key: 'cold_call',
    channel: 'outbound',
    // Not drawn: the plan gives cold calling its one or two deals by hand (the story of seed
    // 000); its effort is the prospectors' calls to leads that never reply.
    share: 0,
    advance: [0.22, 0.15, 0.25, 0.2],
    value: [3_000, 12_000],
    openers: CREW.prospectors,
    keepsOwner: false,
    attempts: [4, 9],
    existingCustomers: false,
  },
  {
    key: 'upsell',
    channel: 'outbound',
    share: 0.1,
    advance: [0.92, 0.8, 0.75, 0.75],
    value: [3_000, 20_000],
    openers: CREW.accountManagers,
    keepsOwner: true,
    attempts: [0, 0],
    existingCustomers: true,
  },
] as const satisfies readonly ChannelProfileOf<KnownMedium>[];

/** The demo's sources: the mediums its channel profiles name. */
export type ChannelKey = (typeof CHANNELS)[number]['key'];
export type ChannelProfile = ChannelProfileOf<ChannelKey>;

export function channelOf(key: ChannelKey): ChannelProfile {
  return CHANNELS.find((c) => c.key === key)!;
}

/** Loss reasons (positions in the template's list) that fit a loss at each stage. */
export const LOSS_REASONS_AT_STAGE: readonly (readonly (readonly [number, number])[])[] = [
  // Identification: silent, not our target, duplicate
  [
    [3, 6],
    [4, 3],
    [7, 1],
  ],
  // Qualification: no budget, not our target, postponed, requirements
  [
    [0, 3],
    [4, 2],
    [5, 2],
    [6, 1],
  ],
  // Offer: competitor, silent, postponed
  [
    [1, 4],
    [3, 2],
    [5, 1],
  ],
  // Negotiation: price, competitor, silent
  [
    [2, 4],
    [1, 3],
    [3, 1],
  ],
];
