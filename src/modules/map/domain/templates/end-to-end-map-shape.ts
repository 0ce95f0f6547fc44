// The structure of the "End-to-end" process map (seed 001, DOMAIN.md §3): the head of sales
// manages the conveyor, and the stages follow it: lead generation → lead development (hunter)
// → conversion (closer) → client fulfilment → account management → key account management.
// Thresholds are starting points, meant to be tuned.
import { LEAD_QUALIFICATION_LAMPS } from './lead-qualification-lamps.ts';
import { manualLamp, type GroupShape } from './process-map-assembly.ts';

const HOUR = 3600;
const DAY = 24 * HOUR;

export const END_TO_END_MAP_SHAPE = [
  {
    key: 'management',
    kind: 'management',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['stage-kpis', 'regulations', 'statistics', 'improvement', 'feedback'],
    // The head of sales governs every stage rather than feeding one.
    next: [],
    lamps: [
      {
        position: 'start',
        metric: { state: 'overdue_activities' },
        thresholds: { direction: 'lower_is_better', green: 5, amber: 15 },
      },
      {
        position: 'middle',
        metric: { state: 'stuck_deals' },
        thresholds: { direction: 'lower_is_better', green: 2, amber: 5 },
      },
      {
        // Seed 001: the head of sales answers for the speed of the conveyor. Seconds a deal
        // spent in the stage it left; deals stall at cycles over ~15 days.
        position: 'end',
        metric: { median: { event: 'deal.stage_entered' }, of: 'duration' },
        thresholds: { direction: 'lower_is_better', green: 7 * DAY, amber: 15 * DAY },
      },
    ],
  },
  {
    key: 'lead_generation',
    kind: 'marketing',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['traffic', 'capture', 'lead-search', 'profile-check'],
    next: ['lead_development'],
    lamps: [
      {
        position: 'start',
        metric: { count: { event: 'lead.created' } },
        thresholds: { direction: 'higher_is_better', green: 30, amber: 15 },
      },
      {
        // Seed 000: the size of the middle of the funnel (MOFU) — leads not yet customers and
        // not dropped. MQLs over leads created in the same week was no share: this week's
        // MQLs came from earlier weeks' leads, so it could pass 100 %.
        position: 'middle',
        metric: { state: 'open_leads' },
        thresholds: { direction: 'higher_is_better', green: 100, amber: 50 },
      },
      {
        // Seed 001: the exit of lead generation is the Marketing Qualified Lead.
        position: 'end',
        metric: { count: { event: 'lead.mql' } },
        thresholds: { direction: 'higher_is_better', green: 12, amber: 6 },
      },
    ],
  },
  {
    key: 'lead_development',
    kind: 'qualification',
    mode: 'triggered',
    cadence: null,
    trigger: 'lead.mql',
    processes: ['qualify', 'warm-up', 'form-need', 'handover'],
    next: ['conversion'],
    lamps: LEAD_QUALIFICATION_LAMPS,
  },
  {
    key: 'conversion',
    kind: 'sales',
    mode: 'triggered',
    cadence: null,
    trigger: 'lead.sql',
    processes: ['agree-order', 'price-negotiation', 'closing', 'buying-cycle'],
    next: ['fulfilment'],
    lamps: [
      {
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
    key: 'fulfilment',
    kind: 'service',
    mode: 'triggered',
    cadence: null,
    trigger: 'deal.won',
    processes: ['kick-off', 'obligations', 'invoice', 'handover'],
    next: ['account_management'],
    // Delivery and handovers happen outside the CRM for now: typed in weekly.
    lamps: [
      manualLamp('start', 95, 80),
      manualLamp('middle', 0, 2, 'lower_is_better'),
      manualLamp('end', 95, 85),
    ],
  },
  {
    key: 'account_management',
    kind: 'account_management',
    mode: 'standing',
    cadence: 'weekly',
    trigger: null,
    processes: ['abcd-ranking', 'retention', 'development', 'back-to-sales'],
    next: ['conversion', 'key_account_management'],
    // Nothing in a where clause tells an existing customer from a new one; re-point the start
    // lamp at the account managers' team (teamId) once it exists to count their meetings.
    lamps: [manualLamp('start', 5, 3), manualLamp('middle', 50, 30), manualLamp('end', 3, 1)],
  },
  {
    key: 'key_account_management',
    kind: 'key_account_management',
    mode: 'standing',
    cadence: 'monthly',
    trigger: null,
    processes: ['vip-selection', 'account-plan', 'executive-meetings'],
    next: ['conversion'],
    lamps: [manualLamp('start', 2, 1), manualLamp('middle', 100, 80), manualLamp('end', 100, 90)],
  },
] as const satisfies readonly GroupShape[];

export type EndToEndMapShape = typeof END_TO_END_MAP_SHAPE;
