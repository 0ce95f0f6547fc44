import type { FormRow } from '../db/forms-repo.ts';
import type { LeadRow } from '../db/leads-repo.ts';

/** A lead and a web form as use cases return them (the HTTP layer presents these). */
export type Lead = LeadRow;
export type Form = FormRow;
