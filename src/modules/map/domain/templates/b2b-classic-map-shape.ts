// The structure of the "B2B classic" process map (seed 000, DOMAIN.md §1–2), top to bottom:
// strategy and management above the flow, then prospecting and marketing → qualification →
// sales → customer service → cross-/upselling → account management → back to sales.
// Lamp thresholds are starting points for a small B2B team, meant to be tuned.
import { LEAD_QUALIFICATION_LAMPS } from './lead-qualification-lamps.ts';
import { manualLamp, type GroupShape } from './process-map-assembly.ts';

export const B2B_CLASSIC_MAP_SHAPE = [
  {
    key: 'strategy',
    kind: 'strategy',
    mode: 'standing',
    cadence: 'monthly',
    trigger: null,
    processes: ['buyer-personas', 'persona-review', 'value-proposition', 'market-check'],
    next: ['prospecting', 'marketing'],
    // Seed 000: strategy is among the hardest to measure; buyer persona accuracy is judged by
    // people, not counted from events.
    lamps: [manualLamp('start', 3, 1), manualLamp('middle', 80, 60), manualLamp('end', 80, 60)],
  },
  {
    key: 'management',
    kind: 'management',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['monthly-plan', 'weekly-meeting', 'daily-standup', 'funnel-cleanup', 'crm-upkeep'],
    // Management governs every group rather than feeding one.
    next: [],
    lamps: [
      {
        // The daily stand-up and CRM upkeep show here first.
        position: 'start',
        metric: { state: 'overdue_activities' },
        thresholds: { direction: 'lower_is_better', green: 5, amber: 15 },
      },
      {
        // Funnel clean-up done or not.
        position: 'middle',
        metric: { state: 'stuck_deals' },
        thresholds: { direction: 'lower_is_better', green: 2, amber: 5 },
      },
      manualLamp('end', 100, 80),
    ],
  },
  {
    key: 'prospecting',
    kind: 'prospecting',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['contact-base', 'email-content', 'campaign', 'weekly-analysis'],
    next: ['qualification'],
    lamps: [
      {
        // An outbound lead is created when the prospect enters the base; reached = contacted.
        position: 'start',
        metric: { count: { event: 'lead.contacted', where: { channel: 'outbound' } } },
        thresholds: { direction: 'higher_is_better', green: 100, amber: 50 },
      },
      {
        // Seed 000: "how many prospects replied and entered a conversation" — a count. Replies
        // over contacts of the same week was no share: this week's replies answer earlier
        // weeks' e-mails, so it could pass 100 %.
        position: 'middle',
        metric: { count: { event: 'lead.replied', where: { channel: 'outbound' } } },
        thresholds: { direction: 'higher_is_better', green: 10, amber: 5 },
      },
      {
        // Not lead.created: outbound leads are created before anyone is contacted, so their
        // creation counts the base being built, not leads won. A prospecting lead is one that
        // replied and matches the customer profile: the MQL of seed 001.
        position: 'end',
        metric: { count: { event: 'lead.mql', where: { channel: 'outbound' } } },
        thresholds: { direction: 'higher_is_better', green: 5, amber: 2 },
      },
    ],
  },
  {
    key: 'marketing',
    kind: 'marketing',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['blog-content', 'campaigns', 'landing-pages', 'email-campaigns', 'lead-nurturing'],
    next: ['qualification'],
    lamps: [
      {
        position: 'start',
        metric: { count: { event: 'lead.created', where: { channel: 'inbound' } } },
        thresholds: { direction: 'higher_is_better', green: 20, amber: 10 },
      },
      {
        // MOFU: the people around the company who are not customers yet and not dropped.
        position: 'middle',
        metric: { state: 'open_leads', where: { channel: 'inbound' } },
        thresholds: { direction: 'higher_is_better', green: 100, amber: 50 },
      },
      {
        position: 'end',
        metric: { count: { event: 'lead.mql', where: { channel: 'inbound' } } },
        thresholds: { direction: 'higher_is_better', green: 10, amber: 5 },
      },
    ],
  },
  {
    key: 'qualification',
    kind: 'qualification',
    mode: 'triggered',
    cadence: null,
    trigger: 'lead.mql',
    processes: ['first-contact', 'qualifying-call', 'criteria-check', 'handover'],
    next: ['sales'],
    lamps: LEAD_QUALIFICATION_LAMPS,
  },
  {
    key: 'sales',
    kind: 'sales',
    mode: 'triggered',
    cadence: null,
    trigger: 'lead.sql',
    processes: ['sales-process', 'offer', 'pricing', 'production-check', 'negotiation'],
    next: ['service'],
    lamps: [
      {
        // Seed 002: always put the date of the next contact in the calendar.
        position: 'start',
        metric: { state: 'deals_without_next_activity' },
        thresholds: { direction: 'lower_is_better', green: 0, amber: 3 },
      },
      {
        // Win rate: won ÷ (won + lost) of the deals closed in the week — never above 100 %.
        // Won ÷ created could pass it in a week that closes older deals.
        position: 'middle',
        metric: {
          ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.closed' } } },
        },
        thresholds: { direction: 'higher_is_better', green: 0.25, amber: 0.15 },
      },
      {
        position: 'end',
        metric: { count: { event: 'deal.won' } },
        thresholds: { direction: 'higher_is_better', green: 4, amber: 2 },
      },
    ],
  },
  {
    key: 'service',
    kind: 'service',
    mode: 'triggered',
    cadence: null,
    trigger: 'deal.won',
    processes: [
      'request-intake',
      'request-handling',
      'fulfilment',
      'closing',
      'email',
      'complaints',
    ],
    next: ['cross_upsell'],
    // Requests and satisfaction surveys are not recorded by the product yet.
    lamps: [
      manualLamp('start', 2, 5, 'lower_is_better'),
      manualLamp('middle', 24, 48, 'lower_is_better'),
      manualLamp('end', 50, 30),
    ],
  },
  {
    key: 'cross_upsell',
    kind: 'cross_upsell',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['upsell-map', 'arguments', 'when-to-upsell'],
    next: ['account_management'],
    // Nothing in a where clause tells an existing customer's deal from a new one's.
    lamps: [manualLamp('start', 5, 2), manualLamp('middle', 30, 15), manualLamp('end', 3, 1)],
  },
  {
    key: 'account_management',
    kind: 'account_management',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['abcd-ranking', 'contact-cadence', 'customer-conversation', 'back-to-sales'],
    next: ['sales', 'key_account_management'],
    // Manual until the account managers have a team: counting every meeting would mix in the
    // sales meetings with prospects. Re-point the start lamp at their team (teamId) to measure.
    lamps: [manualLamp('start', 5, 3), manualLamp('middle', 50, 30), manualLamp('end', 3, 1)],
  },
  {
    key: 'key_account_management',
    kind: 'key_account_management',
    mode: 'standing',
    cadence: 'monthly',
    trigger: null,
    processes: ['vip-selection', 'account-plan', 'executive-meetings'],
    next: ['sales'],
    lamps: [manualLamp('start', 2, 1), manualLamp('middle', 100, 80), manualLamp('end', 100, 90)],
  },
] as const satisfies readonly GroupShape[];

export type B2bClassicMapShape = typeof B2B_CLASSIC_MAP_SHAPE;
