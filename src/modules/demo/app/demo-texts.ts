// What the demo company says, in the language chosen for it: people, customers, what deals are
// about, what salespeople write on activities and when they win, lose or override a gate.
import type { Locale } from '../../../contract/roles.ts';
import { DEMO_TEXTS_EN } from './demo-texts.en.ts';
import { DEMO_TEXTS_PL } from './demo-texts.pl.ts';
import { DEMO_TEXTS_RU } from './demo-texts.ru.ts';
import type { Random } from './prng.ts';

/** Activity subjects and outcomes, keyed by the step of the sales process they belong to. */
export interface ActivityTexts {
  firstCall: string;
  followUpCall: string;
  qualifyingMeeting: string;
  sendOffer: string;
  offerReview: string;
  negotiationMeeting: string;
  chaseDecision: string;
  coldCall: string;
  coldEmail: string;
  linkedinMessage: string;
  accountCheckIn: string;
  quarterlyReview: string;
  answered: string;
  noAnswer: string;
  interested: string;
  notInterested: string;
  sent: string;
  agreed: string;
}

/** What happens to leads before they are deals: forms, first touches, why leads are dropped. */
export interface LeadTexts {
  forms: { contact: string; demo: string };
  /** What people write in a web form. */
  enquiries: readonly string[];
  activities: {
    enquiryCall: string;
    callBack: string;
    referralCall: string;
    coldCall: string;
    coldEmail: string;
    linkedinMessage: string;
    answered: string;
    noAnswer: string;
    interested: string;
    notInterested: string;
    sent: string;
    taskDone: string;
  };
  /** Why a lead is disqualified, positions as in demo-leads-plan.ts (DROP). */
  disqualifyReasons: readonly string[];
  /** Outbound campaigns (prospect lists) per outbound channel, one per quarter in turn. */
  outboundCampaigns: {
    cold_email: readonly string[];
    linkedin: readonly string[];
    cold_call: readonly string[];
  };
}

export interface DemoTexts {
  workspaceName: string;
  /** The company's own e-mail domain, for its people's logins. */
  domain: string;
  timezone: string;
  currency: string;
  /** Exactly 15 names, in roster order (demo-people.ts): the head of sales first. */
  people: readonly string[];
  teams: { inbound: string; outbound: string; closing: string; accounts: string };
  /** Customers' first names, each with its grammatical gender. */
  firstNames: readonly (readonly [name: string, gender: 'f' | 'm'])[];
  /** Customers' surnames in the masculine and the feminine form (Grabowski, Grabowska). */
  lastNames: readonly (readonly [masculine: string, feminine: string])[];
  jobTitles: readonly string[];
  /** Two parts joined into a customer's name, e.g. "Baltic" + "Logistics". */
  companyStems: readonly string[];
  companyKinds: readonly string[];
  legalForm: string;
  industries: readonly string[];
  cities: readonly string[];
  country: string;
  /** What a deal is about; its title is "<customer> — <product>". */
  products: readonly string[];
  activities: ActivityTexts;
  overrideReasons: readonly string[];
  winComments: readonly string[];
  /** Comments for a loss, by the position of the reason in the template's list. */
  lossComments: readonly (readonly string[])[];
  campaigns: readonly string[];
  leads: LeadTexts;
}

const TEXTS: Record<Locale, DemoTexts> = {
  en: DEMO_TEXTS_EN,
  pl: DEMO_TEXTS_PL,
  ru: DEMO_TEXTS_RU,
};

export function demoTexts(locale: Locale): DemoTexts {
  return TEXTS[locale];
}

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A name as the ASCII part of an e-mail address: "Łukasz Wójcik" → "lukasz.wojcik". */
export function emailLocalPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[а-яё]/g, (c) => CYRILLIC[c] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/**
 * A customer's full name, its surname agreeing with the first name's gender: Iwona Grabowska,
 * Галина Ильина. Two draws, as a name always took, so the rest of the demo stays the same.
 */
export function personName(random: Random, texts: DemoTexts): string {
  const [first, gender] = random.pick(texts.firstNames);
  const [masculine, feminine] = random.pick(texts.lastNames);
  return `${first} ${gender === 'f' ? feminine : masculine}`;
}
