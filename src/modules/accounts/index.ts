// The public surface of the accounts module: the only file other modules may import.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { companiesRoutes } from './http/companies.routes.ts';
import { contactsRoutes } from './http/contacts.routes.ts';
import { companySearch, contactSearch } from './db/accounts-search.ts';

export { assertCompanyExists } from './app/company-reference.ts';
export { normalizeContactPoints } from './app/contact-points.ts';
export { createCompany } from './app/create-company.ts';
export { createContact } from './app/create-contact.ts';
export { findCompany, findCompanyDuplicate } from './db/companies-repo.ts';
export { findContact, findContactDuplicate } from './db/contacts-repo.ts';
export { companies, contacts, nameAndEmail, nameWords } from './db/schema.ts';
export { looksLikePhone, normalizePhone, phoneSearchKey } from './domain/phone.ts';
export { OptionalEmail, OptionalPhone } from './http/schemas.ts';

/** What the accounts module gives the server (listed in src/server/modules.ts). */
export const accountsModule: ServerModule = {
  name: 'accounts',
  routes: [companiesRoutes, contactsRoutes],
  search: [companySearch, contactSearch],
};
