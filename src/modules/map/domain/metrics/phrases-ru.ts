// Russian phrases for describe-metric.ts. Event and state phrases are in the genitive plural,
// the case after "Количество", "Общая сумма", "Медиана"; a ratio reads "Отношение числа … к
// числу …", so the head noun of its `to` side is in the dative.
import type { MetricPhrases } from './phrases.ts';

const SENTENCE_HEAD = {
  count: 'Количество ',
  sum: 'Общая сумма ',
  medianAmount: 'Медианная сумма ',
  medianDuration: 'Медиана ',
} as const;

const OF_HEAD = {
  count: 'числа ',
  sum: 'общей суммы ',
  medianAmount: 'медианной суммы ',
  medianDuration: 'медианы ',
  state: 'числа ',
  ratio: 'отношения ',
} as const;

const TO_HEAD = {
  count: 'числу ',
  sum: 'общей сумме ',
  medianAmount: 'медианной сумме ',
  medianDuration: 'медиане ',
  state: 'числу ',
  ratio: 'отношению ',
} as const;

export const PHRASES_RU: MetricPhrases = {
  events: {
    'workspace.created': 'созданных рабочих пространств',
    'user.created': 'добавленных пользователей',
    'company.created': 'созданных компаний',
    'company.updated': 'изменений данных компаний',
    'contact.created': 'созданных контактов',
    'contact.updated': 'изменений данных контактов',
    'lead.created': 'новых лидов',
    'lead.assigned': 'назначенных лидов',
    'lead.contacted': 'лидов, с которыми связались',
    'lead.replied': 'ответивших лидов',
    'lead.mql': 'лидов, квалифицированных маркетингом (MQL)',
    'lead.sql': 'лидов, принятых отделом продаж (SQL)',
    'lead.disqualified': 'дисквалифицированных лидов',
    'lead.converted': 'лидов, преобразованных в сделки',
    'lead.decided': 'лидов с решением (принятых продажами или дисквалифицированных)',
    'deal.created': 'новых сделок',
    'deal.stage_entered': 'переходов сделок на этапы',
    'deal.won': 'выигранных сделок',
    'deal.lost': 'проигранных сделок',
    'deal.reopened': 'повторно открытых сделок',
    'deal.closed': 'закрытых сделок (выигранных или проигранных)',
    'deal.updated': 'изменений сделок',
    'deal.gate_overridden': 'обходов критериев выхода с этапа',
    'activity.created': 'запланированных активностей',
    'activity.completed': 'выполненных активностей',
    'call.answered': 'принятых звонков',
    'call.missed': 'пропущенных звонков',
    'ticket.opened': 'новых обращений',
    'ticket.closed': 'закрытых обращений',
    'survey.answered': 'ответов на опросы',
    'note.added': 'добавленных заметок',
    'note.mentioned': 'упоминаний в заметках',
    'file.added': 'добавленных файлов',
  },
  dealsEnteringStage: (stage) =>
    stage === undefined
      ? 'переходов сделок на неизвестный этап'
      : `переходов сделок на этап ${stage}`,
  durations: {
    'deal.stage_entered': 'времени на этапе до перехода дальше',
    'lead.contacted': 'времени от создания лида до первого контакта',
    'ticket.closed': 'времени решения обращения',
  },
  timeBeforeEntering: (stage) =>
    stage === undefined
      ? 'времени на предыдущем этапе до перехода на неизвестный этап'
      : `времени на предыдущем этапе до перехода на этап ${stage}`,
  states: {
    open_deals: 'открытых сделок',
    stuck_deals: 'застрявших сделок',
    deals_without_next_activity: 'открытых сделок без следующей активности',
    overdue_activities: 'просроченных активностей',
    open_leads: 'открытых лидов',
  },
  whereLabels: {
    pipelineId: 'воронка',
    stageId: 'этап',
    channel: 'канал',
    medium: 'медиум',
    activityType: 'тип активности',
    ownerId: 'ответственный',
    teamId: 'команда',
  },
  channels: { inbound: 'входящий', outbound: 'исходящий' },
  mediums: {
    web_form: 'веб-форма',
    cpc: 'платная реклама (CPC)',
    referral: 'рекомендация',
    phone: 'телефонный звонок',
    email: 'эл. почта',
    cold_email: 'холодные письма',
    linkedin: 'LinkedIn',
    cold_call: 'холодный звонок',
    upsell: 'допродажа',
    organic: 'органический поиск',
    newsletter: 'рассылка',
    social: 'соцсети',
    event: 'мероприятие',
    prospect_list: 'список проспектов',
    partner: 'партнёр',
  },
  activityTypes: { call: 'звонок', meeting: 'встреча', email: 'письмо', task: 'задача' },
  unknownName: 'неизвестно',
  whereItem: (label, value) => `${label}: ${value}`,
  sentence: (kind, core, where) => {
    if (kind === 'ratio') return `Отношение ${core}${where}`;
    if (kind === 'state') return `Количество ${core} на конец недели${where}`;
    const perWeek = kind === 'count' || kind === 'sum' ? ' за неделю' : '';
    return `${SENTENCE_HEAD[kind]}${core}${perWeek}${where}`;
  },
  ratioPart: (kind, core, where, side) => {
    const head = (side === 'of' ? OF_HEAD : TO_HEAD)[kind];
    return kind === 'ratio' ? `(${head}${core})` : `${head}${core}${where}`;
  },
  ratio: (of, to) => `${of} к ${to}`,
  manual: 'Вводится вручную',
};
