import type { GroupKind, LampPosition } from '../api/types.ts';

/** The kinds of process group, in the order the form offers them. */
export const GROUP_KINDS = [
  'strategy',
  'management',
  'prospecting',
  'marketing',
  'qualification',
  'sales',
  'service',
  'cross_upsell',
  'account_management',
  'key_account_management',
  'custom',
] as const satisfies readonly GroupKind[];

export const CADENCES = ['daily', 'weekly', 'monthly'] as const;
export const LAMP_POSITIONS = ['start', 'middle', 'end'] as const satisfies readonly LampPosition[];
