/** The qualification ladder of a lead, in order (API.md, "Leads"). */
export const LEAD_STEPS = ['new', 'contacted', 'replied', 'mql', 'sql'] as const;
export type LeadStep = (typeof LEAD_STEPS)[number];

export const LEAD_STATUSES = [...LEAD_STEPS, 'converted', 'disqualified'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** The visitor-facing fields of a web form (the UTM fields and the honeypot are always there). */
export const FORM_FIELDS = ['name', 'email', 'phone', 'company', 'message'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** How a lead got its owner (the `lead.assigned` event's `how`). */
export const ASSIGNMENT_HOWS = ['routing', 'queue', 'manual'] as const;
export type AssignmentHow = (typeof ASSIGNMENT_HOWS)[number];

/** The lead fields a prospect list can fill, each from one column of the file. */
export const PROSPECT_FIELDS = ['name', 'companyName', 'email', 'phone'] as const;
export type ProspectField = (typeof PROSPECT_FIELDS)[number];
/** The statuses a lead may be moved to by POST /leads/{id}/status: every step after `new`. */
export type LeadTarget = Exclude<LeadStep, 'new'>;
export const LEAD_TARGETS: readonly LeadTarget[] = LEAD_STEPS.filter(
  (step): step is LeadTarget => step !== 'new',
);

export const OPEN_LEAD_STATUSES: readonly LeadStatus[] = LEAD_STEPS;

/** The column separators a prospect list may use (guessed from the file when not given). */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Why a row of a prospect list cannot be imported (a dry run lists them per row). */
export const PROSPECT_PROBLEM_CODES = [
  'malformed_row',
  'missing_name',
  'too_long',
  'bad_email',
  'bad_phone',
  'duplicate_in_file',
  'duplicate_lead',
  'duplicate_contact',
] as const;
export type ProspectProblemCode = (typeof PROSPECT_PROBLEM_CODES)[number];

/** How a call reported by the telephony integration went. */
export const CALL_STATUSES = ['answered', 'missed', 'ended'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
