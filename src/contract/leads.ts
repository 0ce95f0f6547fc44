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
/** The statuses a lead may be moved to by POST /leads/{id}/status. */
export type LeadTarget = Exclude<LeadStep, 'new'>;

export const OPEN_LEAD_STATUSES: readonly LeadStatus[] = LEAD_STEPS;
