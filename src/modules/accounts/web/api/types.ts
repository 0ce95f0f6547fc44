import type { components, paths } from '../../../../kernel/web/lib/api-schema.gen.ts';
import type { RequestBody } from '../../../../kernel/web/lib/request-body.ts';

// Companies and contacts as the API takes and returns them (from the generated schema).

export type Company = components['schemas']['Company'];
export type Contact = components['schemas']['Contact'];

export type NewCompany = RequestBody<paths['/api/v1/companies']['post']>;
export type CompanyChanges = RequestBody<paths['/api/v1/companies/{id}']['patch']>;
export type NewContact = RequestBody<paths['/api/v1/contacts']['post']>;
export type ContactChanges = RequestBody<paths['/api/v1/contacts/{id}']['patch']>;
