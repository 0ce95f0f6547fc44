// Polish phrases for describe-metric.ts. Event and state phrases are in the genitive plural,
// the case after "Liczba", "Łączna wartość", "Mediana" and "Stosunek … do …".
import type { MetricPhrases } from './phrases.ts';

const SENTENCE_HEAD = {
  count: 'Liczba ',
  sum: 'Łączna wartość ',
  medianAmount: 'Mediana wartości ',
  medianDuration: 'Mediana ',
  state: 'Liczba ',
} as const;

/** Heads in the genitive: "stosunek liczby … do liczby …". */
const PART_HEAD = {
  count: 'liczby ',
  sum: 'łącznej wartości ',
  medianAmount: 'mediany wartości ',
  medianDuration: 'mediany ',
  state: 'liczby ',
} as const;

export const PHRASES_PL: MetricPhrases = {
  events: {
    'workspace.created': 'utworzonych przestrzeni roboczych',
    'user.created': 'dodanych użytkowników',
    'company.created': 'utworzonych firm',
    'company.updated': 'zmian danych firm',
    'contact.created': 'utworzonych kontaktów',
    'contact.updated': 'zmian danych kontaktów',
    'lead.created': 'nowych leadów',
    'lead.assigned': 'przydzielonych leadów',
    'lead.contacted': 'leadów, z którymi nawiązano kontakt',
    'lead.replied': 'leadów, które odpowiedziały',
    'lead.mql': 'leadów zakwalifikowanych przez marketing (MQL)',
    'lead.sql': 'leadów przyjętych przez dział sprzedaży (SQL)',
    'lead.disqualified': 'zdyskwalifikowanych leadów',
    'lead.converted': 'leadów przekształconych w transakcje',
    'lead.decided': 'leadów z decyzją (przyjętych przez sprzedaż lub zdyskwalifikowanych)',
    'deal.created': 'nowych transakcji',
    'deal.stage_entered': 'wejść transakcji na etapy',
    'deal.won': 'wygranych transakcji',
    'deal.lost': 'przegranych transakcji',
    'deal.reopened': 'ponownie otwartych transakcji',
    'deal.closed': 'zamkniętych transakcji (wygranych lub przegranych)',
    'deal.updated': 'zmian w transakcjach',
    'deal.gate_overridden': 'obejść kryteriów wyjścia z etapu',
    'activity.created': 'zaplanowanych aktywności',
    'activity.completed': 'wykonanych aktywności',
    'call.answered': 'odebranych połączeń',
    'call.missed': 'nieodebranych połączeń',
    'ticket.opened': 'nowych zgłoszeń',
    'ticket.closed': 'zamkniętych zgłoszeń',
    'survey.answered': 'odpowiedzi na ankiety',
    'note.added': 'dodane notatki',
    'note.mentioned': 'wzmianki w notatkach',
    'file.added': 'dodane pliki',
  },
  dealsEnteringStage: (stage) =>
    stage === undefined ? 'wejść transakcji na nieznany etap' : `wejść transakcji na etap ${stage}`,
  durations: {
    'deal.stage_entered': 'czasu spędzonego na etapie przed przejściem dalej',
    'lead.contacted': 'czasu od utworzenia leada do pierwszego kontaktu',
    'ticket.closed': 'czasu rozwiązania zgłoszenia',
  },
  timeBeforeEntering: (stage) =>
    stage === undefined
      ? 'czasu na poprzednim etapie przed wejściem na nieznany etap'
      : `czasu na poprzednim etapie przed wejściem na etap ${stage}`,
  states: {
    open_deals: 'otwartych transakcji',
    stuck_deals: 'utkniętych transakcji',
    deals_without_next_activity: 'otwartych transakcji bez zaplanowanej następnej aktywności',
    overdue_activities: 'zaległych aktywności',
    open_leads: 'otwartych leadów',
  },
  whereLabels: {
    pipelineId: 'lejek',
    stageId: 'etap',
    channel: 'kanał',
    medium: 'medium',
    activityType: 'rodzaj aktywności',
    ownerId: 'opiekun',
    teamId: 'zespół',
  },
  channels: { inbound: 'przychodzący', outbound: 'wychodzący' },
  mediums: {
    web_form: 'formularz WWW',
    cpc: 'reklama płatna (CPC)',
    referral: 'polecenie',
    phone: 'telefon',
    email: 'e-mail',
    cold_email: 'cold mailing',
    linkedin: 'LinkedIn',
    cold_call: 'zimny telefon',
    upsell: 'dosprzedaż',
    organic: 'wyszukiwanie organiczne',
    newsletter: 'newsletter',
    social: 'media społecznościowe',
    event: 'wydarzenie',
    prospect_list: 'lista prospektów',
    partner: 'partner',
  },
  activityTypes: { call: 'telefon', meeting: 'spotkanie', email: 'e-mail', task: 'zadanie' },
  unknownName: 'nieznany',
  whereItem: (label, value) => `${label}: ${value}`,
  sentence: (kind, core, where) => {
    if (kind === 'ratio') return `Stosunek ${core}${where}`;
    if (kind === 'state') return `Liczba ${core} na koniec tygodnia${where}`;
    const perWeek = kind === 'count' || kind === 'sum' ? ' w tygodniu' : '';
    return `${SENTENCE_HEAD[kind]}${core}${perWeek}${where}`;
  },
  ratioPart: (kind, core, where) =>
    kind === 'ratio' ? `(stosunku ${core})` : `${PART_HEAD[kind]}${core}${where}`,
  ratio: (of, to) => `${of} do ${to}`,
  manual: 'Wprowadzane ręcznie',
};
