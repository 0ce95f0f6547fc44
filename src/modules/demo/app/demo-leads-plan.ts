// The leads phase of the plan, pure like the rest of it: every deal but an upsell first comes in
// as a lead of its channel (a web form, a missed call, a referral, a prospect in the base), is
// touched, replies, becomes an MQL and an SQL and is converted into the deal. Around those, the
// leads that never become deals: dropped with a reason after a touch or two, or still open now.
// Prospectors cold-call a list every week for two years, which makes about one sale.
import { DAY, HOUR, WEEK, slowdownOf, workingTime } from './demo-calendar.ts';
import type { ChannelKey } from './demo-channels.ts';
import { DROP, LEAD_PROFILES, type LeadProfile } from './demo-lead-profiles.ts';
import { CREW } from './demo-people.ts';
import type { LeadStep, Step } from './demo-steps.ts';
import { emailLocalPart, personName, type DemoTexts } from './demo-texts.ts';
import type { Random } from './prng.ts';
import type { Channel } from '../../../contract/sources.ts';

export interface PlannedLead {
  key: ChannelKey;
  name: string;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  campaign: string | null;
  utmSource: string | null;
  /** Who enters it: a person for leads entered by hand, the head of sales for integrations. */
  by: number;
  /** Given by hand (prospects, to their prospector); null: routed by round robin. */
  owner: number | null;
  /** The deal it is converted into, or null. */
  deal: number | null;
}

export interface LeadPerson {
  name: string;
  email: string;
  companyName: string;
}

const MINUTE = 60_000;
/**
 * Prospects who never answered stay in their prospector's base (contacted, open) up to this
 * many per prospector, below their lead limit; beyond it the base is cleaned up as "no reply".
 */
const KEPT_IN_BASE = 120;

/** Fictional-range numbers in each country's format, one per lead, so no caller repeats. */
const PHONE_BASES: Record<string, (n: number) => string> = {
  GB: (n) => `+4420${70_000_000 + n}`,
  PL: (n) => `+4822${6_000_000 + n}`,
  RU: (n) => `+7495${1_000_000 + n}`,
};

export function leadPlanner(
  random: Random,
  texts: DemoTexts,
  window: { start: number; end: number },
  /** Leads that never become deals, relative to the profiles' numbers (smaller demos, fewer). */
  factor: number,
) {
  const leads: PlannedLead[] = [];
  const steps: Step[] = [];
  const words = texts.leads;
  let phones = 0;
  const keptInBase = new Map<number, number>();
  const step = (lead: number, at: number, s: LeadStep) => steps.push({ ...s, at, lead } as Step);
  const after = (t: number, minDays: number, maxDays: number) =>
    workingTime(t + (minDays + random.next() * (maxDays - minDays)) * DAY * slowdownOf(t));

  /**
   * When a lead comes in: forms and calls at any hour, leads entered by people in working hours.
   * Leads from before the history began arrive in its first days instead (not all at once).
   */
  const arrival = (profile: LeadProfile, at: number) => {
    const t = at > window.start ? at : window.start + HOUR + random.next() * 3 * DAY;
    return profile.entry === 'form' || profile.entry === 'call' ? t : workingTime(t);
  };

  function stranger(): LeadPerson {
    const base = `${random.pick(texts.companyStems)} ${random.pick(texts.companyKinds)}`;
    const name = personName(random, texts);
    const domain = `${emailLocalPart(base).replace(/\./g, '')}.example`;
    return {
      name,
      email: `${emailLocalPart(name)}@${domain}`,
      companyName: texts.legalForm === 'ООО' ? `ООО «${base}»` : `${base} ${texts.legalForm}`,
    };
  }

  function campaignOf(key: ChannelKey, at: number): string | null {
    if (key === 'cpc') return random.pick(texts.campaigns);
    if (key === 'web_form') return random.chance(0.2) ? random.pick(texts.campaigns) : null;
    if (key === 'cold_email' || key === 'linkedin' || key === 'cold_call') {
      const lists = words.outboundCampaigns[key];
      return lists[Math.floor(at / (13 * WEEK)) % lists.length]!;
    }
    return null;
  }

  function utmOf(key: ChannelKey): string | null {
    if (key === 'cpc') return random.chance(0.75) ? 'google' : 'linkedin';
    if (key === 'web_form') return random.pick(['newsletter', 'organic', 'blog', null]);
    return null;
  }

  function add(key: ChannelKey, who: LeadPerson, deal: number | null, at: number): number {
    const profile = LEAD_PROFILES[key]!;
    const byHand = profile.entry === 'manual' || profile.entry === 'prospect';
    const by =
      profile.entry === 'prospect'
        ? random.pick(CREW.prospectors)
        : profile.entry === 'manual'
          ? random.pick([CREW.headOfSales, ...CREW.accountManagers])
          : CREW.headOfSales;
    const withPhone = profile.entry === 'call' || (profile.entry === 'form' && random.chance(0.3));
    // A caller is only a number until the callback: the runner fills in who they are then.
    leads.push({
      key,
      name: who.name,
      companyName: who.companyName,
      email: who.email,
      phone: withPhone ? PHONE_BASES[texts.country]!(phones++) : null,
      message: profile.entry === 'form' ? random.pick(words.enquiries) : null,
      campaign: campaignOf(key, at),
      utmSource: utmOf(key),
      by,
      owner: byHand && profile.entry === 'prospect' ? by : null,
      deal,
    });
    return leads.length - 1;
  }

  /**
   * Opens the lead and plans its touches (the first after the channel's speed to lead, the
   * sequence's next ones days apart); the last one answered when the lead replies. Returns the
   * moment of the last touch.
   */
  function openAndTouch(lead: number, created: number, profile: LeadProfile, replies: boolean) {
    step(lead, created, { do: 'leadOpen' });
    const [low, high] = profile.speed;
    const minutes = random.chance(profile.late)
      ? random.int(1, 4) * 24 * 60
      : low + random.next() * (high - low) * slowdownOf(created) ** 2;
    let t = workingTime(created + minutes * MINUTE);
    const count = random.int(profile.sequence[0], profile.sequence[1]);
    const { type, subject } = profile.touch;
    for (let i = 0; i < count; i++) {
      if (i > 0) t = after(t, 2, 6);
      const last = i === count - 1;
      const outcome =
        profile.entry !== 'prospect'
          ? replies
            ? 'interested'
            : 'answered'
          : type === 'email'
            ? 'sent'
            : last && !replies && random.chance(0.4)
              ? 'notInterested'
              : 'noAnswer';
      step(lead, t, { do: 'leadTouch', type, subject, outcome });
    }
    return t;
  }

  /** The lead that becomes deal `deal`; returns it and when it is converted (the deal's birth). */
  function forDeal(deal: number, key: ChannelKey, at: number, who: LeadPerson) {
    const profile = LEAD_PROFILES[key]!;
    const prospect = profile.entry === 'prospect';
    const span = prospect ? random.int(14, 40) : random.int(2, 10);
    const created = arrival(profile, at - span * DAY - random.int(0, 8) * HOUR);
    const lead = add(key, who, deal, created);
    let t = openAndTouch(lead, created, profile, true);
    if (key === 'phone' && random.chance(0.4)) {
      t = after(t, 0.3, 3);
      step(lead, t, { do: 'leadCallIn' });
    }
    if (prospect) {
      t = after(t, 1, 4);
      step(lead, t, { do: 'leadStatus', status: 'replied' });
    }
    // Half the hunters qualify in one conversation; the others mark the MQL and come back.
    if (prospect || random.chance(0.5)) {
      t = after(t, 0.2, 2);
      step(lead, t, { do: 'leadStatus', status: 'mql' });
    }
    t = after(t, 1, 4);
    step(lead, t, { do: 'leadStatus', status: 'sql' });
    // Strictly after the SQL step: at the same moment the deal's steps would come first.
    return { lead, at: after(t + MINUTE, 0, 1) };
  }

  /** A lead that never becomes a deal: touched, perhaps qualified, then dropped with a reason. */
  function dud(key: ChannelKey, near: number) {
    const profile = LEAD_PROFILES[key]!;
    const created = arrival(profile, near + (random.next() - 0.5) * 4 * WEEK);
    if (created >= window.end) return;
    const lead = add(key, stranger(), null, created);
    const replied = random.chance(profile.replied);
    let t = openAndTouch(lead, created, profile, false);
    if (replied && profile.entry === 'prospect') {
      t = after(t, 1, 4);
      step(lead, t, { do: 'leadStatus', status: 'replied' });
    }
    if (replied && random.chance(profile.mql / profile.replied)) {
      t = after(t, 0.5, 3);
      step(lead, t, { do: 'leadStatus', status: 'mql' });
    }
    const reasons = replied ? profile.drops.filter(([r]) => r !== DROP.noReply) : profile.drops;
    const reason =
      replied || profile.entry !== 'prospect' ? random.weighted(reasons) : DROP.noReply;
    const owner = leads[lead]!.owner;
    if (reason === DROP.noReply && owner !== null) {
      const kept = keptInBase.get(owner) ?? 0;
      if (kept < KEPT_IN_BASE) {
        keptInBase.set(owner, kept + 1);
        return;
      }
    }
    step(lead, after(t, 1, 12), { do: 'leadDrop', reason });
  }

  return {
    leads,
    steps,
    forDeal,
    /** The channel's leads that do not become deals, around the time of one that does. */
    duds(key: ChannelKey, near: number) {
      const extra = (LEAD_PROFILES[key]?.extra ?? 0) * factor;
      const count = Math.floor(extra) + (random.chance(extra % 1) ? 1 : 0);
      for (let i = 0; i < count; i++) dud(key, near);
    },
    /** Each prospector's weekly cold calls to a fresh part of the list: the prospecting story. */
    coldCalling(perWeek: number) {
      for (let week = window.start; week < window.end; week += WEEK) {
        for (let i = 0; i < perWeek * CREW.prospectors.length; i++) {
          dud('cold_call', week + random.next() * 5 * DAY + 2 * WEEK);
        }
      }
    },
  };
}

/** What each paid source costs a month, entered on the first working day of the next one. */
const MONTHLY_COSTS: readonly {
  channel: Channel;
  medium: ChannelKey;
  amount: readonly [number, number];
}[] = [
  { channel: 'inbound', medium: 'cpc', amount: [1_500, 2_600] },
  { channel: 'inbound', medium: 'web_form', amount: [500, 900] },
  { channel: 'outbound', medium: 'linkedin', amount: [300, 300] },
  { channel: 'outbound', medium: 'cold_email', amount: [150, 250] },
  { channel: 'outbound', medium: 'cold_call', amount: [400, 400] },
];

export function channelCosts(random: Random, start: number, end: number, scale: number): Step[] {
  const steps: Step[] = [];
  const first = new Date(start);
  for (let m = 0; ; m++) {
    const month = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
    const paidAt = workingTime(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m + 1, 1));
    if (paidAt > end) break;
    if (month < start - 31 * DAY) continue;
    for (const cost of MONTHLY_COSTS) {
      const [low, high] = cost.amount;
      steps.push({
        at: paidAt + HOUR,
        do: 'cost',
        month: new Date(month).toISOString().slice(0, 7),
        channel: cost.channel,
        medium: cost.medium,
        amount: Math.round((low + random.next() * (high - low)) / 10) * 10 * scale,
      });
    }
  }
  return steps;
}
