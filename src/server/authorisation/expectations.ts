// Who may call which operation: written once, as data. The authorisation matrix test derives the
// expected answer of every cell (operation × actor × workspace) from it, and
// docs/authorisation-matrix.md is rendered from it (ADR 028).

/**
 * Who may call an operation:
 * - `public`: anyone, signed in or not;
 * - `signed-in`: any person with a session or an API token with the `api` scope (about themselves:
 *   their profile, their workspaces, their invitations);
 * - `member`: any role of the workspace (its records and settings as everyone reads them);
 * - `owner-or-manager`: managers and admins, and a member only for their own (or their team's)
 *   records — the matrix's records belong to the workspace's admin, who is in no team, so a member
 *   is refused (the workspace's default `permissions`, docs/permissions.md);
 * - `manager`: managers and admins;
 * - `admin`: admins only;
 * - `session-only`: the person, signed in with a browser session (an API token is refused);
 * - `the-person`: the person themselves — a session, or a token they issued for themselves; a
 *   token a workspace's admin issued for them is refused (the manager's and member's tokens here);
 * - `scope:integrations:telephony`: an API token with that scope (a telephony integration).
 */
export const RULES = [
  'public',
  'signed-in',
  'member',
  'owner-or-manager',
  'manager',
  'admin',
  'session-only',
  'the-person',
  'scope:integrations:telephony',
] as const;
export type Rule = (typeof RULES)[number];

/**
 * Where the request names a record of the workspace, which the other-workspace cell replaces by a
 * record of a workspace the actor does not belong to:
 * - `path`: an id in the path, `query`: a required id in the query string — answered 404
 *   `not_found`, exactly as a record that does not exist;
 * - `body`: an id in the body — refused with a 4xx (404, or 422 for a reference the body names);
 * - `none`: nothing to replace; the operation has no other-workspace cell (its own cell's answer is
 *   still searched for the other workspace's ids).
 */
export type Addressing = 'path' | 'query' | 'body' | 'none';

export interface Expectation {
  /** The operationId of the route (defaults to the row's key: a variant names its operation). */
  operation?: string;
  rule: Rule;
  addresses: Addressing;
  /** A refused caller is answered 404 `not_found` (the record is hidden), not 403. */
  refusedAs?: 'not_found';
  /** What the request of this row does, when it is a variant of its operation. */
  variant?: string;
  /**
   * The rule docs/permissions.md, API.md or issue 16 ask for, when the current behaviour differs
   * (issue 16 item 3 changes these): the matrix checks `rule`; the document shows both. Making
   * the change is setting `rule` to this and deleting the field.
   */
  documented?: Rule;
  note?: string;
}

const member = (addresses: Addressing = 'none'): Expectation => ({ rule: 'member', addresses });
const manager = (addresses: Addressing = 'none'): Expectation => ({ rule: 'manager', addresses });
const admin = (addresses: Addressing = 'none'): Expectation => ({ rule: 'admin', addresses });
const signedIn = (addresses: Addressing = 'none'): Expectation => ({
  rule: 'signed-in',
  addresses,
});
const open = (): Expectation => ({ rule: 'public', addresses: 'none' });
/** Changes a record: members only their own and their team's (the default `permissions`). */
const edit = (extra: Partial<Expectation> = {}): Expectation => ({
  rule: 'owner-or-manager',
  addresses: 'path',
  ...extra,
});
const ref = (operation: string, variant: string, rule: Rule): Expectation => ({
  operation,
  variant,
  rule,
  addresses: 'body',
});

/** One row per documented operation (by operationId), and variants of some (key `op:variant`). */
export const EXPECTATIONS: Record<string, Expectation> = {
  // system and identity
  getHealth: open(),
  getSetupStatus: open(),
  setUpWorkspace: { ...open(), note: 'refused with 409 once a workspace exists' },
  logIn: open(),
  logOut: open(),
  getMe: signedIn(),
  updateMe: { rule: 'the-person', addresses: 'none' },
  switchWorkspace: { rule: 'session-only', addresses: 'body' },
  listWorkspaces: signedIn(),
  createWorkspace: {
    rule: 'the-person',
    addresses: 'none',
    note: 'any person, a member too, starts a workspace of their own and is its admin',
  },
  getWorkspace: member('path'),
  updateWorkspace: admin('path'),
  listUsers: member(),
  createUser: admin(),
  getUser: member('path'),
  updateUser: admin('path'),
  listTeams: member(),
  createTeam: admin(),
  updateTeam: admin('path'),
  createToken: { rule: 'the-person', addresses: 'none', note: 'a token for oneself' },
  'createToken:for-another': {
    operation: 'createToken',
    variant: 'a token for another person of the workspace',
    ...admin('body'),
  },
  listTokens: { ...member(), note: 'a member sees their own tokens, an admin everyone’s' },
  revokeToken: { ...member('path'), variant: 'one’s own token' },
  'revokeToken:another': {
    operation: 'revokeToken',
    variant: 'another person’s token',
    ...admin('path'),
    refusedAs: 'not_found',
  },
  listInvitations: { ...signedIn(), note: 'the person’s own invitations' },
  acceptInvitation: { rule: 'session-only', addresses: 'path' },
  declineInvitation: { rule: 'session-only', addresses: 'path' },
  listWorkspaceInvitations: admin(),
  withdrawInvitation: admin('path'),
  listAuditEntries: { ...admin(), note: 'the workspace’s own entries only: another’s never show' },

  // onboarding
  getFirstSteps: { ...member(), note: 'ticked from the workspace’s own data only' },
  markFirstStepPageSeen: member(),
  dismissFirstSteps: manager(),

  // accounts
  createCompany: member(),
  listCompanies: member(),
  getCompany: member('path'),
  updateCompany: edit({ variant: 'fields other than the owner' }),
  'updateCompany:reassign': {
    operation: 'updateCompany',
    variant: 'give it to another owner',
    ...manager('path'),
  },
  createContact: member(),
  listContacts: member(),
  getContact: member('path'),
  updateContact: edit(),

  // conveyor
  createPipeline: manager(),
  listPipelines: member(),
  getPipeline: member('path'),
  updatePipeline: manager('path'),
  createLostReason: manager(),
  listLostReasons: member(),
  updateLostReason: manager('path'),
  createDisqualificationReason: manager(),
  listDisqualificationReasons: member(),
  updateDisqualificationReason: manager('path'),
  createActivity: { ...member(), variant: 'on no record' },
  'createActivity:on-deal': {
    operation: 'createActivity',
    variant: 'on a deal named in the body',
    ...member('body'),
  },
  listActivities: member(),
  getActivity: member('path'),
  updateActivity: edit(),
  'updateActivity:reassign': {
    operation: 'updateActivity',
    variant: 'take it from its owner',
    ...edit(),
  },
  completeActivity: edit(),
  createDeal: member('body'),
  listDeals: member(),
  getDealStageTotals: member('query'),
  getDeal: member('path'),
  updateDeal: edit({ variant: 'fields other than the owner' }),
  'updateDeal:reassign': {
    operation: 'updateDeal',
    variant: 'give it to another owner',
    ...manager('path'),
  },
  moveDeal: edit(),
  winDeal: edit(),
  loseDeal: edit(),
  reopenDeal: manager('path'),
  setDealCheck: edit(),
  listDealHistory: member('path'),
  listDealTimeline: member('path'),
  listDealNotes: member('path'),
  createDealNote: { ...member('path'), note: 'anyone who sees the deal may comment on it' },
  updateDealNote: { ...edit(), note: 'its author; a manager or an admin any note' },
  deleteDealNote: { ...edit(), note: 'its author; a manager or an admin any note' },
  listMyMentions: { ...member(), note: 'the notes that mention the caller, on deals they may see' },
  listDealFiles: member('path'),
  uploadDealFile: member('path'),
  downloadDealFile: member('path'),
  deleteDealFile: { ...edit(), note: 'who uploaded it; a manager or an admin any file' },

  // catalogue
  createProduct: manager(),
  listProducts: member(),
  updateProduct: manager('path'),
  createPriceList: manager(),
  listPriceLists: member(),
  getPriceList: member('path'),
  updatePriceList: manager('path'),
  getDealLineItems: member('path'),
  setDealLineItems: edit(),

  // leads
  createLead: member(),
  listLeads: member(),
  getLeadLoad: manager(),
  getLead: member('path'),
  updateLead: edit({ variant: 'fields other than the owner' }),
  'updateLead:reassign': {
    operation: 'updateLead',
    variant: 'give it to another owner',
    ...manager('path'),
  },
  changeLeadStatus: edit(),
  disqualifyLead: edit(),
  convertLead: edit(),
  listLeadHistory: member('path'),
  dryRunLeadImport: manager(),
  importLeads: manager(),
  createForm: manager(),
  listForms: member(),
  updateForm: manager('path'),
  submitForm: { ...open(), note: 'a form’s key is public by design: no other-workspace cell' },
  recordCallEvent: { rule: 'scope:integrations:telephony', addresses: 'none' },

  // map
  getProcessMap: member(),
  createProcessGroup: manager(),
  updateProcessGroup: manager('path'),
  deleteProcessGroup: manager('path'),
  createLamp: manager('body'),
  updateLamp: manager('path'),
  deleteLamp: manager('path'),
  listLampReadings: member(),
  getLampDrilldown: member('path'),
  recordLampReading: manager('path'),
  previewMetric: member(),

  // analytics
  setGoal: manager('body'),
  listGoals: member(),
  deleteGoal: manager('path'),
  getFunnelReport: member('query'),
  getLeadFunnelReport: member(),
  getVelocityReport: member('query'),
  getStuckReport: member(),
  getLossReasonsReport: member(),
  getForecastReport: member(),
  getPeopleReport: manager(),
  getSourcesReport: {
    ...member(),
    note: 'a member sees it without the channel costs (costsApplied: false)',
  },
  getWhatIfReport: member('body'),
  setChannelCost: manager(),
  listChannelCosts: manager(),
  deleteChannelCost: manager('path'),

  // search
  search: {
    ...member(),
    note: 'only the records the caller may see (their view scope), never another workspace’s',
  },

  // A record of the workspace named in the body of a request about another record: the
  // other-workspace cell names the other workspace's record there.
  'createContact:at-company': ref('createContact', 'at a company named in the body', 'member'),
  'createDeal:company-contact': ref('createDeal', 'with a company and a contact', 'member'),
  'updateDeal:company': ref('updateDeal', 'to a company named in the body', 'owner-or-manager'),
  'updateContact:company': ref(
    'updateContact',
    'to a company named in the body',
    'owner-or-manager',
  ),
  'updateLead:company-contact': ref('updateLead', 'to a company and a contact', 'owner-or-manager'),
  'createActivity:on-lead': ref('createActivity', 'on a lead named in the body', 'member'),
  'createActivity:on-contact': ref('createActivity', 'on a contact named in the body', 'member'),
  'createActivity:on-company': ref('createActivity', 'on a company named in the body', 'member'),
  'updateActivity:owner': ref(
    'updateActivity',
    'to an owner named in the body',
    'owner-or-manager',
  ),
  'moveDeal:stage': ref('moveDeal', 'to a stage named in the body', 'owner-or-manager'),
  'loseDeal:reason': ref('loseDeal', 'for a loss reason named in the body', 'owner-or-manager'),
  'convertLead:pipeline': ref(
    'convertLead',
    'into a pipeline named in the body',
    'owner-or-manager',
  ),
  'updateUser:team': ref('updateUser', 'into a team named in the body', 'admin'),
  'updatePipeline:stages': ref('updatePipeline', 'keeping a stage named by id', 'manager'),
  'updateLostReason:stages': ref('updateLostReason', 'limited to stages named', 'manager'),
  'createPriceList:prices': ref(
    'createPriceList',
    'pricing a product named in the body',
    'manager',
  ),
  'setDealLineItems:product': ref(
    'setDealLineItems',
    'with a product named in the body',
    'owner-or-manager',
  ),
  'createProcessGroup:owner-user': ref('createProcessGroup', 'owned by a person', 'manager'),
  'createProcessGroup:owner-team': ref('createProcessGroup', 'owned by a team', 'manager'),
};

/**
 * Routes without an operationId (hidden from openapi.json), by `METHOD url`: the API's documentation
 * and the web forms' CORS preflight.
 */
export const HIDDEN_ROUTES: Record<string, Expectation> = {
  'GET /api/openapi.json': open(),
  'GET /api/docs': open(),
  'GET /api/docs/json': open(),
  'GET /api/docs/yaml': open(),
  'GET /api/docs/static/index.html': open(),
  'GET /api/docs/static/swagger-initializer.js': open(),
  'GET /api/docs/static/*': open(),
  'OPTIONS /api/v1/forms/:formKey/submissions': open(),
};

/** The operationId a row checks. */
export function operationOf(key: string, expectation: Expectation): string {
  return expectation.operation ?? key;
}
