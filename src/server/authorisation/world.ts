// The matrix's two workspaces: "own", where every actor belongs, with one record of each kind
// and a way to make a fresh one for a cell that changes it, and "other", a workspace none of
// them belongs to, whose records the other-workspace cells name.
import { randomBytes } from 'node:crypto';
import { addMember, freshWorkspace } from '../test/fresh-workspace.ts';
import type { TestApp } from '../test/test-app.ts';
import type { ActorName } from './cells.ts';

type Json = Record<string, unknown>;

/** A request as the matrix sends it. */
export interface Call {
  method: string;
  url: string;
  /** JSON, or raw bytes (a file upload, with its content type in `headers`). */
  body?: unknown;
  headers?: Record<string, string>;
}

async function call(t: TestApp, token: string, { method, url, body }: Call): Promise<Json> {
  const answer = await t.request(method, `/api/v1${url}`, { token, body });
  if (answer.status >= 300) {
    throw new Error(`fixture ${method} ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

const suffix = () => randomBytes(4).toString('hex');
const WEEK = '2026-W47';

/** One record of each kind a route names, in one workspace. */
export interface Records {
  workspaceId: string;
  adminId: string;
  teamId: string;
  tokenId: string;
  invitationId: string;
  companyId: string;
  contactId: string;
  pipelineId: string;
  stageIds: [string, string];
  criterionId: string;
  lostReasonId: string;
  disqualificationReasonId: string;
  dealId: string;
  activityId: string;
  leadId: string;
  formId: string;
  formKey: string;
  groupId: string;
  lampId: string;
  week: string;
  goalId: string;
  channelCostId: string;
  noteId: string;
  fileId: string;
  productId: string;
  priceListId: string;
}

/** Makes fresh records in a workspace, for the cells whose request changes or ends one. */
export class Maker {
  constructor(
    private readonly t: TestApp,
    readonly token: string,
    readonly records: Records,
  ) {}

  private async id(method: string, url: string, body?: unknown): Promise<string> {
    return (await call(this.t, this.token, { method, url, body })).id as string;
  }

  company() {
    const { adminId } = this.records;
    return this.id('POST', '/companies', { name: `Company ${suffix()}`, ownerId: adminId });
  }
  contact() {
    return this.id('POST', '/contacts', { name: `Contact ${suffix()}` });
  }
  deal() {
    const { pipelineId, stageIds, adminId } = this.records;
    return this.id('POST', '/deals', {
      title: `Deal ${suffix()}`,
      pipelineId,
      stageId: stageIds[0],
      value: 1000,
      ownerId: adminId,
    });
  }
  async lostDeal() {
    const dealId = await this.deal();
    await this.id('POST', `/deals/${dealId}/lose`, { lostReasonId: this.records.lostReasonId });
    return dealId;
  }
  /** A pipeline of one stage of its own (to change its stages). */
  async pipeline(): Promise<{ id: string; stageId: string }> {
    const created = await call(this.t, this.token, {
      method: 'POST',
      url: '/pipelines',
      body: { name: `Pipeline ${suffix()}`, stages: [{ name: 'Only' }] },
    });
    return { id: created.id as string, stageId: (created.stages as { id: string }[])[0]!.id };
  }
  /** An open deal whose first stage's exit criterion is met: it may move on and be won. */
  async readyDeal() {
    const dealId = await this.deal();
    const { criterionId } = this.records;
    await this.id('PUT', `/deals/${dealId}/checks/${criterionId}`, { done: true });
    await this.id('POST', '/activities', {
      type: 'call',
      subject: 'Next step',
      dealId,
      dueAt: '2026-12-30T09:00:00Z',
    });
    return dealId;
  }
  /** A lead qualified as sql: it may be converted. */
  async qualifiedLead() {
    const leadId = await this.lead();
    await this.id('POST', `/leads/${leadId}/status`, { status: 'sql' });
    return leadId;
  }
  activity() {
    return this.id('POST', '/activities', {
      type: 'task',
      subject: `Task ${suffix()}`,
      dealId: this.records.dealId,
      dueAt: '2026-12-30T09:00:00Z',
    });
  }
  product() {
    return this.id('POST', '/products', { name: `Product ${suffix()}` });
  }
  note() {
    return this.id('POST', `/deals/${this.records.dealId}/notes`, { text: `Note ${suffix()}` });
  }
  /** A file on the workspace's deal (its bytes as the body, as a browser uploads it). */
  async file() {
    const answer = await this.t.app.inject({
      method: 'POST',
      url: `/api/v1/deals/${this.records.dealId}/files?name=matrix-${suffix()}.txt`,
      headers: {
        host: 'localhost:80',
        authorization: `Bearer ${this.token}`,
        'content-type': 'application/octet-stream',
      },
      payload: Buffer.from('matrix'),
    });
    if (answer.statusCode !== 201) throw new Error(`fixture file: ${answer.statusCode}`);
    return answer.json<{ id: string }>().id;
  }
  lead() {
    return this.id('POST', '/leads', {
      name: `Lead ${suffix()}`,
      source: { channel: 'inbound', medium: 'web_form' },
      ownerId: this.records.adminId,
    });
  }
  team() {
    return this.id('POST', '/teams', { name: `Team ${suffix()}` });
  }
  user() {
    return this.id('POST', '/users', {
      email: `person-${suffix()}@example.test`,
      name: 'A person',
      role: 'member',
      salesRoles: [],
    });
  }
  /** A token of this person (issued by the workspace's admin). */
  async tokenOf(userId: string) {
    return this.id('POST', '/tokens', { name: `Token ${suffix()}`, userId });
  }
  group() {
    return this.id('POST', '/process-map/groups', {
      name: `Group ${suffix()}`,
      kind: 'sales',
      mode: 'standing',
      cadence: 'weekly',
    });
  }
  lamp() {
    return this.id('POST', '/lamps', {
      groupId: this.records.groupId,
      position: 'start',
      name: `Lamp ${suffix()}`,
      metric: { manual: true },
      thresholds: { direction: 'higher_is_better', green: 10, amber: 5 },
    });
  }
  goal(userId: string) {
    return this.id('PUT', '/goals', { userId, measure: 'deals_won', period: 'week', target: 2 });
  }
  channelCost(month: string) {
    return this.id('PUT', '/channel-costs', { month, channel: 'outbound', amount: 100 });
  }
  /** An invitation of this workspace to the person with this e-mail. */
  async invitation(email: string) {
    const sent = await call(this.t, this.token, {
      method: 'POST',
      url: '/users',
      body: { email, name: 'Invited', role: 'member', salesRoles: [] },
    });
    return (sent.invitation as Json).id as string;
  }
}

/** A workspace with one record of each kind, made by its admin. */
async function populate(t: TestApp): Promise<Maker> {
  const ws = await freshWorkspace(t);
  const partial = { workspaceId: ws.workspaceId, adminId: ws.adminId } as Records;
  const maker = new Maker(t, ws.token, partial);
  const r = partial;
  r.teamId = await maker.team();
  const pipeline = await call(t, ws.token, {
    method: 'POST',
    url: '/pipelines',
    body: {
      name: 'Matrix',
      stages: [
        { name: 'First', exitCriteria: [{ kind: 'check', label: 'Qualified' }] },
        { name: 'Second' },
      ],
    },
  });
  const stages = pipeline.stages as { id: string; exitCriteria: { id: string }[] }[];
  r.pipelineId = pipeline.id as string;
  r.stageIds = [stages[0]!.id, stages[1]!.id];
  r.criterionId = stages[0]!.exitCriteria[0]!.id;
  r.lostReasonId = (
    await call(t, ws.token, {
      method: 'POST',
      url: '/lost-reasons',
      body: { name: 'Price', standard: 'Lost on price.' },
    })
  ).id as string;
  r.disqualificationReasonId = (
    await call(t, ws.token, {
      method: 'POST',
      url: '/disqualification-reasons',
      body: { name: 'Not a fit', standard: 'Outside the profile.' },
    })
  ).id as string;
  r.companyId = await maker.company();
  r.contactId = await maker.contact();
  r.dealId = await maker.deal();
  r.activityId = await maker.activity();
  r.noteId = await maker.note();
  r.fileId = await maker.file();
  r.leadId = await maker.lead();
  const form = await call(t, ws.token, { method: 'POST', url: '/forms', body: { name: 'Form' } });
  r.formId = form.id as string;
  r.formKey = form.key as string;
  r.groupId = await maker.group();
  r.lampId = await maker.lamp();
  r.week = WEEK;
  r.goalId = await maker.goal(ws.adminId);
  r.channelCostId = await maker.channelCost('2026-11');
  r.productId = await maker.product();
  r.priceListId = (
    await call(t, ws.token, {
      method: 'POST',
      url: '/price-lists',
      body: {
        name: 'Standard',
        currency: 'PLN',
        prices: [{ productId: r.productId, unitPrice: 10 }],
      },
    })
  ).id as string;
  r.tokenId = await maker.tokenOf(ws.adminId);
  r.invitationId = '';
  return maker;
}

export interface Actor {
  userId: string | null;
  token?: string;
  cookie?: string;
}

export interface World {
  own: Maker;
  other: Maker;
  actors: Record<ActorName, Actor>;
  /** The session member's e-mail and password (the login cell signs in with them). */
  session: { email: string; password: string };
  /** Makes a fresh invitation to the session member from a workspace of its own. */
  invitationForSessionMember(): Promise<string>;
  /** Makes a fresh invitation from the own workspace to a person of a workspace of their own. */
  invitationFromOwn(): Promise<string>;
  /** Every id of the other workspace: none may appear in an answer to the matrix's actors. */
  otherIds: string[];
}

/** Signs the person in and returns the session cookie. */
async function signIn(t: TestApp, email: string, password: string): Promise<string> {
  const answer = await t.request('POST', '/api/v1/auth/login', { body: { email, password } });
  if (answer.status !== 200) throw new Error(`login: ${answer.status}`);
  const session = answer.cookies.find((c) => c.name === 'conveyor_session');
  if (!session) throw new Error('login set no session cookie');
  return `conveyor_session=${session.value}`;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const password = `pw-${suffix()}-matrix`;
  const sessionEmail = `session-${suffix()}@example.test`;
  const own = await populate(t);
  const other = await populate(t);
  const ownAdmin = own.token;
  const ownWs = { workspaceId: own.records.workspaceId, adminId: own.records.adminId };
  const fixture = { ...ownWs, token: ownAdmin };
  const manager = await addMember(t, fixture, 'manager');
  const member = await addMember(t, fixture, 'member');
  const sessionMember = await addMember(t, fixture, 'member', { email: sessionEmail, password });
  const telephony = await call(t, ownAdmin, {
    method: 'POST',
    url: '/tokens',
    body: { name: 'Telephony', userId: member.id, scopes: ['integrations:telephony'] },
  });
  // The other workspace invites a person of a third one: an invitation none of the actors sees.
  const third = await freshWorkspace(t);
  const strangerEmail = `stranger-${suffix()}@example.test`;
  await call(t, third.token, {
    method: 'POST',
    url: '/users',
    body: { email: strangerEmail, name: 'Stranger', role: 'member', salesRoles: [] },
  });
  other.records.invitationId = await other.invitation(strangerEmail);
  const actors: Record<ActorName, Actor> = {
    admin: { userId: own.records.adminId, token: ownAdmin },
    manager: { userId: manager.id, token: manager.token },
    member: { userId: member.id, token: member.token },
    'member-session': {
      userId: sessionMember.id,
      cookie: await signIn(t, sessionEmail, password),
    },
    'telephony-token': { userId: member.id, token: telephony.token as string },
    anonymous: { userId: null },
  };
  const otherIds = Object.values(other.records).filter(
    (value): value is string => typeof value === 'string' && value !== '' && value !== WEEK,
  );
  return {
    own,
    other,
    actors,
    session: { email: sessionEmail, password },
    async invitationForSessionMember() {
      const inviting = await freshWorkspace(t);
      const maker = new Maker(t, inviting.token, {} as Records);
      return maker.invitation(sessionEmail);
    },
    async invitationFromOwn() {
      const theirs = await freshWorkspace(t);
      const email = `invitee-${suffix()}@example.test`;
      await call(t, theirs.token, {
        method: 'POST',
        url: '/users',
        body: { email, name: 'Invitee', role: 'member', salesRoles: [] },
      });
      return own.invitation(email);
    },
    otherIds,
  };
}
