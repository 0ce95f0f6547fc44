// The whole demo company as a pure, deterministic plan: the same seed, size, language and end
// week give the same people, customers, deals and steps. No I/O here; run-demo.ts executes it.
import type { Locale } from '../../domain/identity/roles.ts';
import { DAY, HOUR, WEEK, arrivalsPerWeek, mondayOf, workingTime } from './demo-calendar.ts';
import { CHANNELS, LOSS_REASONS_AT_STAGE, type ChannelProfile } from './demo-channels.ts';
import { dealScript, type DealCast, type DealFate } from './demo-deal-script.ts';
import { CREW, demoPeople, type DemoPerson } from './demo-people.ts';
import { sortSteps, type Step } from './demo-steps.ts';
import { demoTexts, emailLocalPart, type DemoTexts } from './demo-texts.ts';
import { seededRandom, type Random } from './prng.ts';

export const DEMO_SIZES = ['tiny', 'small', 'medium', 'large'] as const;
export type DemoSize = (typeof DEMO_SIZES)[number];

/** Deals over the whole history, weeks of history, and weekly touches per prospector. */
const SCALE: Record<DemoSize, { deals: number; weeks: number; touches: number }> = {
  tiny: { deals: 40, weeks: 26, touches: 1 },
  small: { deals: 420, weeks: 104, touches: 5 },
  medium: { deals: 3_000, weeks: 104, touches: 15 },
  large: { deals: 20_000, weeks: 104, touches: 40 },
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
  source: { channel: 'inbound' | 'outbound'; medium: string; campaign: string | null };
}

export interface DemoPlan {
  start: number;
  end: number;
  texts: DemoTexts;
  people: DemoPerson[];
  companies: PlannedCompany[];
  deals: PlannedDeal[];
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
  // Seed 000: two prospectors cold-call for two years; measured, it made about one sale.
  const coldCallWins = new Set(
    pickSome(
      fates.fork('cold-call'),
      arrivals.filter((a) => a.channel.key === 'cold_call').map((a) => a.index),
      Math.max(1, Math.round(scale.deals / 400)),
    ),
  );

  const deals: PlannedDeal[] = [];
  const steps: Step[] = [];
  const customers: { company: number; since: number }[] = [];
  for (const arrival of arrivals) {
    // LEADS PHASE (not yet: no leads on this branch). Each arrival will first be a lead of its
    // channel — created, contacted, replied, MQL, SQL, with outbound leads created when they
    // enter the prospectors' base and most never replying — planned as lead steps before the
    // deal's `create`, which then converts the lead (the deal's source comes from it). Leads
    // that are disqualified get no deal. Until then deals are created directly with a source.
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
    deals.push({
      title: `${companies.list[company]!.name} — ${fates.pick(texts.products)}`,
      company,
      opener,
      source: {
        channel: channel.channel,
        medium: channel.key,
        campaign: channel.key === 'ads' ? fates.pick(texts.campaigns) : null,
      },
    });
    const cast: DealCast = {
      index: arrival.index,
      createdAt: arrival.at,
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
  steps.push(...touches(random.fork('touches'), start, end, scale.touches, companies, customers));
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
      const person = `${random.pick(texts.firstNames)} ${random.pick(texts.lastNames)}`;
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

/**
 * Work that is not on a deal: prospectors' cold calls and messages to the contact base every
 * week (most unanswered), and account managers' check-ins with customers who have bought.
 */
function touches(
  random: Random,
  start: number,
  end: number,
  perWeek: number,
  companies: ReturnType<typeof companyMaker>,
  customers: { company: number; since: number }[],
): Step[] {
  const steps: Step[] = [];
  const base = Array.from({ length: Math.max(8, perWeek * 6) }, () => companies.add(start));
  for (let week = start; week < end; week += WEEK) {
    for (const person of CREW.prospectors) {
      for (let i = 0; i < perWeek; i++) {
        const linkedin = random.chance(0.35);
        steps.push({
          at: workingTime(week + random.next() * 5 * DAY),
          do: 'touch',
          person,
          company: random.pick(base),
          type: linkedin ? 'email' : 'call',
          subject: linkedin ? 'linkedinMessage' : 'coldCall',
          outcome: random.chance(0.85) ? 'noAnswer' : 'notInterested',
        });
      }
    }
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
