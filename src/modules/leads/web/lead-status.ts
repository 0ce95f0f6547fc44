import { LEAD_STATUSES, LEAD_STEPS, type LeadTarget } from '../../../contract/leads.ts';
import type { LeadStatus } from './api/types.ts';

/** The qualification ladder, in order; a lead moves forward only. */
export { LEAD_STATUSES, LEAD_STEPS, type LeadTarget };

export function isOpen(status: LeadStatus): boolean {
  return (LEAD_STEPS as readonly string[]).includes(status);
}
