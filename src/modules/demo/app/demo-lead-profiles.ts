// How each channel's leads come in and how good they are: the entry point (a web form, a missed
// call, a lead entered by hand, a prospect a prospector adds to the base), how fast somebody
// first gets back to them, and why the ones that do not become deals are dropped.
import type { ChannelKey } from './demo-channels.ts';
import type { LeadTexts } from './demo-texts.ts';
import type { ActivityType } from '../../../contract/activities.ts';

type LeadText = keyof LeadTexts['activities'];

/** Positions in LeadTexts.disqualifyReasons. */
export const DROP = {
  notTarget: 0,
  noBudget: 1,
  noReply: 2,
  notInterested: 3,
  notBuyer: 4,
  duplicate: 5,
  competitor: 6,
} as const;

export interface LeadProfile {
  entry: 'form' | 'call' | 'manual' | 'prospect';
  form?: 'contact' | 'demo';
  /** Leads that never become a deal, per lead that does (before the size's factor). */
  extra: number;
  /** The first touch: what it is, and how long it usually takes, in minutes. */
  touch: { type: ActivityType; subject: LeadText };
  speed: readonly [number, number];
  /** Chance the first touch waits one to four days instead. */
  late: number;
  /** Outbound: touches in the sequence before a reply or the end. */
  sequence: readonly [number, number];
  /** Of the leads that do not become deals: the chance they replied, and reached MQL. */
  replied: number;
  mql: number;
  drops: readonly (readonly [number, number])[];
}

const inboundDrops = [
  [DROP.notTarget, 3],
  [DROP.noBudget, 2],
  [DROP.noReply, 2],
  [DROP.notBuyer, 2],
  [DROP.duplicate, 1],
] as const;

export const LEAD_PROFILES: Partial<Record<ChannelKey, LeadProfile>> = {
  web_form: {
    entry: 'form',
    form: 'contact',
    extra: 1.2,
    touch: { type: 'call', subject: 'enquiryCall' },
    speed: [4, 150],
    late: 0.12,
    sequence: [1, 1],
    replied: 0.7,
    mql: 0.35,
    drops: inboundDrops,
  },
  cpc: {
    entry: 'form',
    form: 'demo',
    extra: 2.4,
    touch: { type: 'call', subject: 'enquiryCall' },
    speed: [10, 300],
    late: 0.2,
    sequence: [1, 1],
    replied: 0.55,
    mql: 0.2,
    drops: [
      [DROP.notTarget, 4],
      [DROP.notBuyer, 3],
      [DROP.noReply, 3],
      [DROP.noBudget, 2],
      [DROP.notInterested, 1],
    ],
  },
  referral: {
    entry: 'manual',
    extra: 0.35,
    touch: { type: 'call', subject: 'referralCall' },
    speed: [30, 480],
    late: 0.1,
    sequence: [1, 1],
    replied: 0.9,
    mql: 0.6,
    drops: [
      [DROP.noBudget, 2],
      [DROP.competitor, 1],
      [DROP.notInterested, 1],
    ],
  },
  phone: {
    entry: 'call',
    extra: 1.3,
    touch: { type: 'call', subject: 'callBack' },
    speed: [5, 90],
    late: 0.08,
    sequence: [1, 1],
    replied: 0.8,
    mql: 0.3,
    drops: [
      [DROP.notTarget, 2],
      [DROP.notBuyer, 2],
      [DROP.noReply, 1],
    ],
  },
  cold_email: {
    entry: 'prospect',
    extra: 4,
    touch: { type: 'email', subject: 'coldEmail' },
    speed: [60, 4_000],
    late: 0,
    sequence: [1, 3],
    replied: 0.1,
    mql: 0.04,
    drops: [
      [DROP.noReply, 8],
      [DROP.notInterested, 2],
      [DROP.notTarget, 1],
    ],
  },
  linkedin: {
    entry: 'prospect',
    extra: 4,
    touch: { type: 'email', subject: 'linkedinMessage' },
    speed: [60, 4_000],
    late: 0,
    sequence: [1, 2],
    replied: 0.14,
    mql: 0.05,
    drops: [
      [DROP.noReply, 6],
      [DROP.notInterested, 3],
      [DROP.notTarget, 1],
    ],
  },
  cold_call: {
    entry: 'prospect',
    extra: 0,
    touch: { type: 'call', subject: 'coldCall' },
    speed: [60, 4_000],
    late: 0,
    sequence: [2, 4],
    replied: 0.03,
    mql: 0,
    drops: [
      [DROP.noReply, 5],
      [DROP.notInterested, 4],
      [DROP.notTarget, 1],
    ],
  },
};
