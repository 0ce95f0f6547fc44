import { recordKeys } from '../../../kernel/web/data/query-keys.ts';

/** The audit log: one list per set of filters. */
export const auditKeys = recordKeys('audit');
