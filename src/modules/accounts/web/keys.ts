import { recordKeys } from '../../../kernel/web/data/query-keys.ts';

/** Companies: one company, and its lists by search text and page size. */
export const companyKeys = recordKeys('companies');

/** Contacts: one contact, and its lists by search text, company and page size. */
export const contactKeys = recordKeys('contacts');
