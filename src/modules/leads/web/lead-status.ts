import type { LeadStatus } from './api/types.ts';

/** The qualification ladder, in order; a lead moves forward only. */
export const LEAD_STEPS = ['new', 'contacted', 'replied', 'mql', 'sql'] as const;
export type LeadTarget = Exclude<(typeof LEAD_STEPS)[number], 'new'>;
export const LEAD_STATUSES = [...LEAD_STEPS, 'converted', 'disqualified'] as const;

export function isOpen(status: LeadStatus): boolean {
  return (LEAD_STEPS as readonly string[]).includes(status);
}
