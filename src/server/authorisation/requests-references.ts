// The requests that name a record in the body while they create or change one of the caller's
// own: in the other-workspace cell the body names the other workspace's record, the rest stays
// the caller's (so the answer is about the reference, not a 404 of the path).
import { unique, type Build } from './cell-context.ts';

const DUE = '2026-12-01T09:00:00Z';

export const REFERENCE_REQUESTS: Record<string, Build> = {
  'createContact:at-company': ({ records }) => ({
    method: 'POST',
    url: '/contacts',
    body: { name: `P ${unique()}`, companyId: records.companyId },
  }),
  'createDeal:company-contact': ({ records, world }) => ({
    method: 'POST',
    url: '/deals',
    body: {
      title: 'With a customer',
      pipelineId: world.own.records.pipelineId,
      companyId: records.companyId,
      contactId: records.contactId,
    },
  }),
  'updateDeal:company': async ({ records, ownFresh }) => ({
    method: 'PATCH',
    url: `/deals/${await ownFresh.deal()}`,
    body: { companyId: records.companyId },
  }),
  'updateContact:company': async ({ records, ownFresh }) => ({
    method: 'PATCH',
    url: `/contacts/${await ownFresh.contact()}`,
    body: { companyId: records.companyId },
  }),
  'updateLead:company-contact': async ({ records, ownFresh }) => ({
    method: 'PATCH',
    url: `/leads/${await ownFresh.lead()}`,
    body: { companyId: records.companyId, contactId: records.contactId },
  }),
  'createActivity:on-lead': ({ records }) => ({
    method: 'POST',
    url: '/activities',
    body: { type: 'call', subject: 'Call', dueAt: DUE, leadId: records.leadId },
  }),
  'createActivity:on-contact': ({ records }) => ({
    method: 'POST',
    url: '/activities',
    body: { type: 'call', subject: 'Call', dueAt: DUE, contactId: records.contactId },
  }),
  'createActivity:on-company': ({ records }) => ({
    method: 'POST',
    url: '/activities',
    body: { type: 'call', subject: 'Call', dueAt: DUE, companyId: records.companyId },
  }),
  'updateActivity:owner': async ({ records, ownFresh }) => ({
    method: 'PATCH',
    url: `/activities/${await ownFresh.activity()}`,
    body: { ownerId: records.adminId },
  }),
  'moveDeal:stage': async ({ records, ownFresh }) => ({
    method: 'POST',
    url: `/deals/${await ownFresh.readyDeal()}/move`,
    body: { stageId: records.stageIds[1] },
  }),
  'createPriceList:prices': ({ records }) => ({
    method: 'POST',
    url: '/price-lists',
    body: {
      name: `List ${unique()}`,
      currency: 'PLN',
      prices: [{ productId: records.productId, unitPrice: 5 }],
    },
  }),
  'setDealLineItems:product': async ({ records, ownFresh }) => ({
    method: 'PUT',
    url: `/deals/${await ownFresh.deal()}/line-items`,
    body: { items: [{ productId: records.productId, quantity: 1, unitPrice: 5 }] },
  }),
  'loseDeal:reason': async ({ records, ownFresh }) => ({
    method: 'POST',
    url: `/deals/${await ownFresh.deal()}/lose`,
    body: { lostReasonId: records.lostReasonId },
  }),
  'convertLead:pipeline': async ({ records, ownFresh }) => ({
    method: 'POST',
    url: `/leads/${await ownFresh.qualifiedLead()}/convert`,
    body: { pipelineId: records.pipelineId },
  }),
  'updateUser:team': async ({ records, ownFresh }) => ({
    method: 'PATCH',
    url: `/users/${await ownFresh.user()}`,
    body: { teamId: records.teamId },
  }),
  'updatePipeline:stages': async ({ side, records, world }) => {
    const pipeline = await world.own.pipeline();
    const stageId = side === 'own' ? pipeline.stageId : records.stageIds[1];
    return {
      method: 'PATCH',
      url: `/pipelines/${pipeline.id}`,
      body: { stages: [{ id: stageId, name: 'Kept' }] },
    };
  },
  'updateLostReason:stages': ({ records, world }) => ({
    method: 'PATCH',
    url: `/lost-reasons/${world.own.records.lostReasonId}`,
    body: { stageIds: [records.stageIds[0]] },
  }),
  'createProcessGroup:owner-user': ({ records }) => ({
    method: 'POST',
    url: '/process-map/groups',
    body: {
      name: `G ${unique()}`,
      kind: 'sales',
      mode: 'standing',
      cadence: 'weekly',
      ownerUserId: records.adminId,
    },
  }),
  'createProcessGroup:owner-team': ({ records }) => ({
    method: 'POST',
    url: '/process-map/groups',
    body: {
      name: `G ${unique()}`,
      kind: 'sales',
      mode: 'standing',
      cadence: 'weekly',
      ownerTeamId: records.teamId,
    },
  }),
};
