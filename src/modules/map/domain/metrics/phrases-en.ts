// English phrases for describe-metric.ts.
import type { MetricPhrases } from './phrases.ts';

const SENTENCE_HEAD = {
  count: 'Number of ',
  sum: 'Total value of ',
  medianAmount: 'Median value of ',
  medianDuration: 'Median ',
} as const;

const PART_HEAD = {
  count: '',
  sum: 'total value of ',
  medianAmount: 'median value of ',
  medianDuration: 'median ',
  state: '',
} as const;

export const PHRASES_EN: MetricPhrases = {
  events: {
    'workspace.created': 'workspaces created',
    'user.created': 'users added',
    'company.created': 'companies created',
    'company.updated': 'company updates',
    'contact.created': 'contacts created',
    'contact.updated': 'contact updates',
    'lead.created': 'new leads',
    'lead.assigned': 'leads assigned',
    'lead.contacted': 'leads contacted',
    'lead.replied': 'leads that replied',
    'lead.mql': 'leads qualified by marketing (MQL)',
    'lead.sql': 'leads accepted by sales (SQL)',
    'lead.disqualified': 'leads disqualified',
    'lead.converted': 'leads converted to deals',
    'lead.decided': 'leads decided (accepted by sales or disqualified)',
    'deal.created': 'new deals',
    'deal.stage_entered': 'deals entering a stage',
    'deal.won': 'deals won',
    'deal.lost': 'deals lost',
    'deal.reopened': 'deals reopened',
    'deal.closed': 'deals closed (won or lost)',
    'deal.updated': 'deal edits',
    'deal.gate_overridden': 'stage gate overrides',
    'activity.created': 'activities planned',
    'activity.completed': 'activities completed',
    'call.answered': 'answered calls',
    'call.missed': 'missed calls',
    'ticket.opened': 'tickets opened',
    'ticket.closed': 'tickets closed',
    'survey.answered': 'survey responses',
    'note.added': 'notes added',
    'note.mentioned': 'note mentions',
    'file.added': 'files added',
  },
  dealsEnteringStage: (stage) => `deals entering ${stage ?? 'an unknown stage'}`,
  durations: {
    'deal.stage_entered': 'time in a stage before moving on',
    'lead.contacted': 'time from lead creation to first contact',
    'ticket.closed': 'ticket resolution time',
  },
  timeBeforeEntering: (stage) => `time in stage before entering ${stage ?? 'an unknown stage'}`,
  states: {
    open_deals: 'open deals',
    stuck_deals: 'stuck deals',
    deals_without_next_activity: 'open deals without a next activity',
    overdue_activities: 'overdue activities',
    open_leads: 'open leads',
  },
  whereLabels: {
    pipelineId: 'pipeline',
    stageId: 'stage',
    channel: 'channel',
    medium: 'medium',
    activityType: 'activity type',
    ownerId: 'owner',
    teamId: 'team',
  },
  channels: { inbound: 'inbound', outbound: 'outbound' },
  mediums: {
    web_form: 'web form',
    cpc: 'paid ads (CPC)',
    referral: 'referral',
    phone: 'phone call',
    email: 'e-mail',
    cold_email: 'cold e-mail',
    linkedin: 'LinkedIn',
    cold_call: 'cold call',
    upsell: 'upsell',
    organic: 'organic search',
    newsletter: 'newsletter',
    social: 'social media',
    event: 'event',
    prospect_list: 'prospect list',
    partner: 'partner',
  },
  activityTypes: { call: 'call', meeting: 'meeting', email: 'e-mail', task: 'task' },
  unknownName: 'unknown',
  whereItem: (label, value) => `${label} ${value}`,
  sentence: (kind, core, where) => {
    if (kind === 'state')
      return `${core.charAt(0).toUpperCase()}${core.slice(1)} at week end${where}`;
    if (kind === 'ratio') return `Ratio of ${core}${where}`;
    const perWeek = kind === 'count' || kind === 'sum' ? ' per week' : '';
    return `${SENTENCE_HEAD[kind]}${core}${perWeek}${where}`;
  },
  ratioPart: (kind, core, where) =>
    kind === 'ratio' ? `(ratio of ${core})` : `${PART_HEAD[kind]}${core}${where}`,
  ratio: (of, to) => `${of} to ${to}`,
  manual: 'Entered by hand',
};
