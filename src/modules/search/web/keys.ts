import { recordKeys } from '../../../kernel/web/data/query-keys.ts';

/** Global search answers, one per query and kinds. */
export const searchKeys = recordKeys('search');
