// The whole demo company as a pure, deterministic plan: the same seed, size, language and end
// week give the same people, customers, deals and steps. No I/O here; run-demo.ts executes it.
import type { Locale } from '../../../contract/roles.ts';
import { DAY, HOUR, WEEK, arrivalsPerWeek, mondayOf, workingTime } from './demo-calendar.ts';
import {
  CHANNELS,
  LOSS_REASONS_AT_STAGE,
  channelOf,
  type ChannelProfile,
} from './demo-channels.ts';
import { dealScript, type DealCast, type DealFate } from './demo-deal-script.ts';
import { channelCosts, leadPlanner, type PlannedLead } from './demo-leads-plan.ts';
import { CREW, demoPeople, type DemoPerson } from './demo-people.ts';
import { sortSteps, type Step } from './demo-steps.ts';
import { demoTexts, emailLocalPart, personName, type DemoTexts } from './demo-texts.ts';
import { seededRandom, type Random } from './prng.ts';
import type { Channel } from '../../../contract/sources.ts';

export const DEMO_SIZES = ['tiny', 'small', 'medium', 'large'] as const;
export type DemoSize = (typeof DEMO_SIZES)[number];

/**
 * Deals over the whole history, weeks of history, weekly check-ins per account manager (times
 * three), the share of the channels' leads that never become deals, and each prospector's
 * weekly cold calls to new prospects. The lead numbers stay small where run time matters (the
 * small demo runs in under a minute) and in the large one, so prospectors stay within their
 * lead limit.
 */
const SCALE: Record<
  DemoSize,
  { deals: number; weeks: number; touches: number; duds: number; coldCalls: number }
> = {
  tiny: { deals: 40, weeks: 26, touches: 1, duds: 0.5, coldCalls: 1 },
  small: { deals: 280, weeks: 104, touches: 4, duds: 0.3, coldCalls: 1 },
  medium: { deals: 3_000, weeks: 104, touches: 15, duds: 1, coldCalls: 4 },
  large: { deals: 20_000, weeks: 104, touches: 40, duds: 0.15, coldCalls: 4 },
};

const VALUE_SCALE: Record<string, number> = { GBP: 1, PLN: 5, RUB: 100 };

export interface DemoPlanOptions {
  seed: number;
  size: DemoSize;
  locale: Locale;
  /** The end of the history: the plan's last step is not after it. */
  now: Date;
}

export interface PlannedCompany {
  name: string;
  industry: string;
  city: string;
  website: string;
  contact: { name: string; email: string; jobTitle: string };
}

export interface PlannedDeal {
  title: string;
  company: number;
  opener: number;
  /** The lead it is converted from (index in DemoPlan.leads); null: created as a deal. */
  lead: number | null;
  source: { channel: Channel; medium: string; campaign: string | null };
}

export interface DemoPlan {
  start: number;
  end: number;
  texts: DemoTexts;
  people: DemoPerson[];
  companies: PlannedCompany[];
  deals: PlannedDeal[];
  leads: PlannedLead[];
  steps: Step[];
}

export function planDemo(options: DemoPlanOptions): DemoPlan {
  const random = seededRandom(options.seed);
  const texts = demoTexts(options.locale);
  const scale = SCALE[options.size];
  const end = options.now.getTime();
  const start = mondayOf(end) - scale.weeks * WEEK;
  const companies = companyMaker(random.fork('companies'), texts);
  const arrivals = dealArrivals(random.fork('arrivals'), start, end, scale.deals);
  const fates = random.fork('fates');
  const scripts = random.fork('scripts');
  const valueScale = VALUE_SCALE[texts.currency] ?? 1;
  // Seed 000: two prospectors cold-call for two years; measured, it made about one sale. Their
  // effort is the leads phase's cold calls; the channel gets its few deals here.
  const coldCalls = pickSome(
    fates.fork('cold-call'),
    arrivals.filter((a) => a.channel.key === 'cold_email').map((a) => a.index),
    Math.max(2, Math.round(scale.deals / 200)),
  );
  for (const index of coldCalls) arrivals[index]!.channel = channelOf('cold_call');
  const coldCallWins = new Set(coldCalls.slice(0, Math.max(1, Math.round(scale.deals / 400))));
  const leads = leadPlanner(random.fork('leads'), texts, { start, end }, scale.duds);

  const deals: PlannedDeal[] = [];
  const steps: Step[] = [];
  const customers: { company: number; since: number }[] = [];
  for (const arrival of arrivals) {
    // Every deal but an upsell is first a lead of its channel (demo-leads-plan.ts): the lead's
    // steps come before the deal's `create`, which converts it, so the deal keeps its source.
    let channel = arrival.channel;
    const known = customers.filter((c) => c.since < arrival.at);
    if (channel.existingCustomers && known.length === 0) channel = CHANNELS[0]!;
    const company = channel.existingCustomers
      ? fates.pick(known).company
      : companies.add(arrival.at);
    const opener = fates.pick(channel.openers);
    const closer = channel.keepsOwner ? opener : fates.pick(CREW.closers);
    const fate = fateOf(fates, channel, coldCallWins.has(arrival.index));
    const [low, high] = channel.value;
    const value = Math.round((low + fates.next() * (high - low)) / 100) * 100 * valueScale;
    const planned = companies.list[company]!;
    const lead = channel.existingCustomers
      ? null
      : leads.forDeal(arrival.index, channel.key, arrival.at, {
          ...planned.contact,
          companyName: planned.name,
        });
    leads.duds(channel.key, arrival.at);
    deals.push({
      title: `${planned.name} — ${fates.pick(texts.products)}`,
      company,
      opener,
      lead: lead?.lead ?? null,
      source: {
        channel: channel.channel,
        medium: channel.key,
        campaign: lead ? leads.leads[lead.lead]!.campaign : null,
      },
    });
    const cast: DealCast = {
      index: arrival.index,
      createdAt: lead?.at ?? arrival.at,
      channel,
      opener,
      closer,
      manager: closer === opener ? CREW.headOfSales : fates.pick(CREW.managers),
      value,
      fate,
    };
    const script = dealScript(scripts.fork(String(arrival.index)), cast);
    steps.push(...script.steps);
    if (script.wonAt !== null) customers.push({ company, since: script.wonAt });
  }
  leads.coldCalling(scale.coldCalls);
  steps.push(...leads.steps);
  steps.push(...channelCosts(random.fork('costs'), start, end, valueScale));
  steps.push(...touches(random.fork('touches'), start, end, scale.touches, customers));
  for (let week = start + WEEK; week <= end; week += WEEK) {
    steps.push({ at: week + 2 * HOUR + 30 * 60_000, do: 'weekEnd' });
  }
  return {
    start,
    end,
    texts,
    people: demoPeople(texts),
    companies: companies.list,
    deals,
    leads: leads.leads,
    steps: sortSteps(steps.filter((s) => s.at <= end)),
  };
}

function dealArrivals(random: Random, start: number, end: number, total: number) {
  const weights = CHANNELS.map((c) => [c, c.share] as const);
  const arrivals: { at: number; channel: ChannelProfile }[] = [];
  arrivalsPerWeek(start, end, total).forEach((count, w) => {
    for (let i = 0; i < count; i++) {
      const at = workingTime(start + w * WEEK + random.next() * 5 * DAY);
      arrivals.push({ at, channel: random.weighted(weights) });
    }
  });
  return arrivals
    .filter((a) => a.at < end)
    .sort((a, b) => a.at - b.at)
    .map((a, index) => ({ ...a, index }));
}

function fateOf(random: Random, channel: ChannelProfile, forcedWin: boolean): DealFate {
  let reach = 0;
  while (reach < 4 && random.chance(channel.advance[reach]!)) reach++;
  if (forcedWin) reach = 4;
  else if (channel.key === 'cold_call') reach = Math.min(reach, 3);
  if (reach === 4) return { reach: 3, outcome: 'won', lossReason: -1 };
  return { reach, outcome: 'lost', lossReason: random.weighted(LOSS_REASONS_AT_STAGE[reach]!) };
}

function pickSome(random: Random, items: number[], count: number): number[] {
  const pool = [...items];
  const out: number[] = [];
  while (out.length < count && pool.length > 0) {
    out.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  }
  return out;
}

/** Customers as they appear: unique names, each with its decision maker as the contact. */
function companyMaker(random: Random, texts: DemoTexts) {
  const list: PlannedCompany[] = [];
  const used = new Set<string>();
  return {
    list,
    add(_at: number): number {
      let base = `${random.pick(texts.companyStems)} ${random.pick(texts.companyKinds)}`;
      for (let n = 2; used.has(base); n++) base = `${base.replace(/ \d+$/, '')} ${n}`;
      used.add(base);
      const domain = `${emailLocalPart(base).replace(/\./g, '')}.example`;
      const person = personName(random, texts);
      list.push({
        name: texts.legalForm === 'ООО' ? `ООО «${base}»` : `${base} ${texts.legalForm}`,
        industry: random.pick(texts.industries),
        city: random.pick(texts.cities),
        website: `https://${domain}`,
        contact: {
          name: person,
          email: `${emailLocalPart(person)}@${domain}`,
          jobTitle: random.pick(texts.jobTitles),
        },
      });
      return list.length - 1;
    },
  };
}

/** Account managers' check-ins with customers who have bought: work that is not on a deal. */
function touches(
  random: Random,
  start: number,
  end: number,
  perWeek: number,
  customers: { company: number; since: number }[],
): Step[] {
  const steps: Step[] = [];
  for (let week = start; week < end; week += WEEK) {
    const known = customers.filter((c) => c.since < week);
    if (known.length === 0) continue;
    for (const person of CREW.accountManagers) {
      for (let i = 0; i < Math.ceil(perWeek / 3); i++) {
        const review = random.chance(0.2);
        steps.push({
          at: workingTime(week + random.next() * 5 * DAY),
          do: 'touch',
          person,
          company: random.pick(known).company,
          type: review ? 'meeting' : 'call',
          subject: review ? 'quarterlyReview' : 'accountCheckIn',
          outcome: 'answered',
        });
      }
    }
  }
  return steps;
}
