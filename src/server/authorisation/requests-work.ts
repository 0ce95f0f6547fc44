// The request of each row of the conveyor, leads, map and analytics: a plausible body, the records
// of the cell's workspace (fresh ones where the request changes or ends one).
import { unique, type Build } from './cell-context.ts';

const get =
  (url: string): Build =>
  () => ({ method: 'GET', url });

/** A prospect list of one new person (a list of known ones has nothing to import). */
const prospects = () => ({
  csv: `name,email\nAda Lovelace,ada-${unique()}@example.test\n`,
  campaign: 'Matrix',
});

export const WORK_REQUESTS: Record<string, Build> = {
  createPipeline: () => ({
    method: 'POST',
    url: '/pipelines',
    body: { name: `Pipeline ${unique()}`, stages: [{ name: 'Only' }] },
  }),
  listPipelines: get('/pipelines'),
  getPipeline: ({ records }) => ({ method: 'GET', url: `/pipelines/${records.pipelineId}` }),
  updatePipeline: ({ records }) => ({
    method: 'PATCH',
    url: `/pipelines/${records.pipelineId}`,
    body: { name: `Matrix ${unique()}` },
  }),
  createLostReason: () => ({
    method: 'POST',
    url: '/lost-reasons',
    body: { name: `Reason ${unique()}`, standard: 'When it applies.' },
  }),
  listLostReasons: get('/lost-reasons'),
  createDisqualificationReason: () => ({
    method: 'POST',
    url: '/disqualification-reasons',
    body: { name: `Reason ${unique()}`, standard: 'When it applies.', warm: { revisitDays: 30 } },
  }),
  listDisqualificationReasons: get('/disqualification-reasons'),
  updateDisqualificationReason: ({ records }) => ({
    method: 'PATCH',
    url: `/disqualification-reasons/${records.disqualificationReasonId}`,
    body: { standard: `Not a fit (${unique()}).` },
  }),
  updateLostReason: ({ records }) => ({
    method: 'PATCH',
    url: `/lost-reasons/${records.lostReasonId}`,
    body: { standard: `Lost on price (${unique()}).` },
  }),
  createActivity: () => ({
    method: 'POST',
    url: '/activities',
    body: { type: 'call', subject: 'Call back', dueAt: '2026-12-01T09:00:00Z' },
  }),
  'createActivity:on-deal': ({ records }) => ({
    method: 'POST',
    url: '/activities',
    body: {
      type: 'call',
      subject: 'Call back',
      dueAt: '2026-12-01T09:00:00Z',
      dealId: records.dealId,
    },
  }),
  listActivities: get('/activities'),
  getActivity: ({ records }) => ({ method: 'GET', url: `/activities/${records.activityId}` }),
  updateActivity: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/activities/${await fresh.activity()}`,
    body: { subject: 'Renamed task' },
  }),
  'updateActivity:reassign': async ({ fresh, actor, colleagueId }) => ({
    method: 'PATCH',
    url: `/activities/${await fresh.activity()}`,
    body: { ownerId: actor.userId ?? colleagueId },
  }),
  completeActivity: async ({ fresh }) => ({
    method: 'POST',
    url: `/activities/${await fresh.activity()}/complete`,
    body: { outcome: 'Done' },
  }),
  createDeal: ({ records }) => ({
    method: 'POST',
    url: '/deals',
    body: { title: 'New deal', pipelineId: records.pipelineId, stageId: records.stageIds[0] },
  }),
  listDeals: get('/deals'),
  getDealStageTotals: ({ records }) => ({
    method: 'GET',
    url: `/deals/stage-totals?pipelineId=${records.pipelineId}`,
  }),
  getDeal: ({ records }) => ({ method: 'GET', url: `/deals/${records.dealId}` }),
  updateDeal: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/deals/${await fresh.deal()}`,
    body: { value: 2000 },
  }),
  'updateDeal:reassign': async ({ fresh, actor, colleagueId }) => ({
    method: 'PATCH',
    url: `/deals/${await fresh.deal()}`,
    body: { ownerId: actor.userId ?? colleagueId },
  }),
  moveDeal: async ({ fresh, records }) => ({
    method: 'POST',
    url: `/deals/${await fresh.readyDeal()}/move`,
    body: { stageId: records.stageIds[1] },
  }),
  winDeal: async ({ fresh }) => ({
    method: 'POST',
    url: `/deals/${await fresh.readyDeal()}/win`,
    body: {},
  }),
  loseDeal: async ({ fresh, records }) => ({
    method: 'POST',
    url: `/deals/${await fresh.deal()}/lose`,
    body: { lostReasonId: records.lostReasonId },
  }),
  reopenDeal: async ({ fresh }) => ({
    method: 'POST',
    url: `/deals/${await fresh.lostDeal()}/reopen`,
    body: {},
  }),
  setDealCheck: async ({ fresh, records }) => ({
    method: 'PUT',
    url: `/deals/${await fresh.deal()}/checks/${records.criterionId}`,
    body: { done: true },
  }),
  createProduct: () => ({
    method: 'POST',
    url: '/products',
    body: { name: `Product ${unique()}` },
  }),
  listProducts: get('/products'),
  updateProduct: ({ records }) => ({
    method: 'PATCH',
    url: `/products/${records.productId}`,
    body: { unit: `pcs ${unique()}` },
  }),
  createPriceList: () => ({
    method: 'POST',
    url: '/price-lists',
    body: { name: `List ${unique()}`, currency: 'EUR', prices: [] },
  }),
  listPriceLists: get('/price-lists'),
  getPriceList: ({ records }) => ({ method: 'GET', url: `/price-lists/${records.priceListId}` }),
  updatePriceList: ({ records }) => ({
    method: 'PATCH',
    url: `/price-lists/${records.priceListId}`,
    body: { name: `Standard ${unique()}` },
  }),
  getDealLineItems: ({ records }) => ({
    method: 'GET',
    url: `/deals/${records.dealId}/line-items`,
  }),
  setDealLineItems: async ({ fresh, records }) => ({
    method: 'PUT',
    url: `/deals/${await fresh.deal()}/line-items`,
    body: { items: [{ productId: records.productId, quantity: 2 }] },
  }),
  listDealHistory: ({ records }) => ({ method: 'GET', url: `/deals/${records.dealId}/history` }),
  listDealTimeline: ({ records }) => ({ method: 'GET', url: `/deals/${records.dealId}/timeline` }),
  listDealNotes: ({ records }) => ({ method: 'GET', url: `/deals/${records.dealId}/notes` }),
  createDealNote: ({ records }) => ({
    method: 'POST',
    url: `/deals/${records.dealId}/notes`,
    body: { text: `Matrix note ${unique()}` },
  }),
  updateDealNote: async ({ fresh, records }) => ({
    method: 'PATCH',
    url: `/deals/${records.dealId}/notes/${await fresh.note()}`,
    body: { text: 'Rewritten' },
  }),
  deleteDealNote: async ({ fresh, records }) => ({
    method: 'DELETE',
    url: `/deals/${records.dealId}/notes/${await fresh.note()}`,
  }),
  listMyMentions: get('/mentions'),
  listDealFiles: ({ records }) => ({ method: 'GET', url: `/deals/${records.dealId}/files` }),
  uploadDealFile: ({ records }) => ({
    method: 'POST',
    url: `/deals/${records.dealId}/files?name=matrix-${unique()}.txt`,
    headers: { 'content-type': 'application/octet-stream' },
    body: Buffer.from('matrix'),
  }),
  downloadDealFile: ({ records }) => ({
    method: 'GET',
    url: `/deals/${records.dealId}/files/${records.fileId}`,
  }),
  deleteDealFile: async ({ fresh, records }) => ({
    method: 'DELETE',
    url: `/deals/${records.dealId}/files/${await fresh.file()}`,
  }),

  createLead: () => ({
    method: 'POST',
    url: '/leads',
    body: { name: `Lead ${unique()}`, source: { channel: 'outbound', medium: 'cold_call' } },
  }),
  listLeads: get('/leads'),
  getLeadLoad: get('/leads/load'),
  getLead: ({ records }) => ({ method: 'GET', url: `/leads/${records.leadId}` }),
  updateLead: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/leads/${await fresh.lead()}`,
    body: { companyName: 'Analytical Engines' },
  }),
  'updateLead:reassign': async ({ fresh, actor, colleagueId }) => ({
    method: 'PATCH',
    url: `/leads/${await fresh.lead()}`,
    body: { ownerId: actor.userId ?? colleagueId },
  }),
  changeLeadStatus: async ({ fresh }) => ({
    method: 'POST',
    url: `/leads/${await fresh.lead()}/status`,
    body: { status: 'contacted' },
  }),
  disqualifyLead: async ({ fresh, records }) => ({
    method: 'POST',
    url: `/leads/${await fresh.lead()}/disqualify`,
    body: { reasonId: records.disqualificationReasonId },
  }),
  convertLead: async ({ fresh, records }) => ({
    method: 'POST',
    url: `/leads/${await fresh.qualifiedLead()}/convert`,
    body: { pipelineId: records.pipelineId },
  }),
  listLeadHistory: ({ records }) => ({ method: 'GET', url: `/leads/${records.leadId}/history` }),
  dryRunLeadImport: () => ({ method: 'POST', url: '/leads/imports/dry-run', body: prospects() }),
  importLeads: () => ({ method: 'POST', url: '/leads/imports', body: prospects() }),
  createForm: () => ({ method: 'POST', url: '/forms', body: { name: `Form ${unique()}` } }),
  listForms: get('/forms'),
  updateForm: ({ records }) => ({
    method: 'PATCH',
    url: `/forms/${records.formId}`,
    body: { thankYouText: `Thanks (${unique()})` },
  }),
  submitForm: ({ records }) => ({
    method: 'POST',
    url: `/forms/${records.formKey}/submissions`,
    body: { name: 'Visitor', email: `visitor-${unique()}@example.test` },
  }),
  recordCallEvent: () => ({
    method: 'POST',
    url: '/integrations/telephony/events',
    body: {
      callId: `call-${unique()}`,
      direction: 'inbound',
      from: '+48500100200',
      to: '+48500100300',
      status: 'answered',
      startedAt: '2026-11-20T10:00:00Z',
    },
  }),

  getProcessMap: get('/process-map'),
  createProcessGroup: () => ({
    method: 'POST',
    url: '/process-map/groups',
    body: { name: `Group ${unique()}`, kind: 'sales', mode: 'standing', cadence: 'weekly' },
  }),
  updateProcessGroup: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/process-map/groups/${await fresh.group()}`,
    body: { result: 'Deals that move' },
  }),
  deleteProcessGroup: async ({ fresh }) => ({
    method: 'DELETE',
    url: `/process-map/groups/${await fresh.group()}`,
  }),
  createLamp: ({ records }) => ({
    method: 'POST',
    url: '/lamps',
    body: {
      groupId: records.groupId,
      position: 'end',
      name: `Lamp ${unique()}`,
      metric: { manual: true },
      thresholds: { direction: 'higher_is_better', green: 10, amber: 5 },
    },
  }),
  updateLamp: async ({ fresh }) => ({
    method: 'PATCH',
    url: `/lamps/${await fresh.lamp()}`,
    body: { name: `Renamed ${unique()}` },
  }),
  deleteLamp: async ({ fresh }) => ({ method: 'DELETE', url: `/lamps/${await fresh.lamp()}` }),
  listLampReadings: get('/lamps/readings?from=2026-W44&to=2026-W47'),
  getLampDrilldown: ({ records }) => ({
    method: 'GET',
    url: `/lamps/${records.lampId}/drilldown?week=${records.week}`,
  }),
  recordLampReading: ({ records }) => ({
    method: 'PUT',
    url: `/lamps/${records.lampId}/readings/${records.week}`,
    body: { value: 7 },
  }),
  previewMetric: () => ({
    method: 'POST',
    url: '/metrics/preview',
    body: { metric: { count: { event: 'deal.created' } } },
  }),

  setGoal: ({ records }) => ({
    method: 'PUT',
    url: '/goals',
    body: { userId: records.adminId, measure: 'deals_created', period: 'month', target: 4 },
  }),
  listGoals: get('/goals'),
  deleteGoal: async ({ fresh }) => ({ method: 'DELETE', url: `/goals/${await fresh.goal()}` }),
  getFunnelReport: ({ records }) => ({
    method: 'GET',
    url: `/reports/funnel?pipelineId=${records.pipelineId}`,
  }),
  getLeadFunnelReport: get('/reports/lead-funnel'),
  getVelocityReport: ({ records }) => ({
    method: 'GET',
    url: `/reports/velocity?pipelineId=${records.pipelineId}`,
  }),
  getStuckReport: get('/reports/stuck'),
  getLossReasonsReport: get('/reports/loss-reasons'),
  getForecastReport: get('/reports/forecast'),
  getPeopleReport: get('/reports/people'),
  getSourcesReport: get('/reports/sources'),
  getWhatIfReport: ({ records }) => ({
    method: 'POST',
    url: '/reports/what-if',
    body: { pipelineId: records.pipelineId },
  }),
  setChannelCost: () => ({
    method: 'PUT',
    url: '/channel-costs',
    body: { month: '2026-10', channel: 'inbound', amount: 250 },
  }),
  listChannelCosts: get('/channel-costs'),
  deleteChannelCost: async ({ fresh }) => ({
    method: 'DELETE',
    url: `/channel-costs/${await fresh.channelCost()}`,
  }),
  // Every record of the world is named "<Kind> <suffix>": a query that matches each kind.
  search: get('/search?q=a'),
};
