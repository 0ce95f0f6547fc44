import type { RequestBody } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

// The leads module's shapes, as the generated schema has them.

export type Lead = components['schemas']['Lead'];
export type LeadStatus = Lead['status'];
export type LeadHistoryItem = components['schemas']['LeadHistoryItem'];
export type NewLead = RequestBody<'/api/v1/leads', 'post'>;
export type LeadChanges = RequestBody<'/api/v1/leads/{id}', 'patch'>;
export type Conversion = RequestBody<'/api/v1/leads/{id}/convert', 'post'>;
export type NewActivity = RequestBody<'/api/v1/activities', 'post'>;

export type WebForm = components['schemas']['Form'];
export type NewWebForm = RequestBody<'/api/v1/forms', 'post'>;
export type WebFormChanges = RequestBody<'/api/v1/forms/{id}', 'patch'>;

export type ImportBody = RequestBody<'/api/v1/leads/imports', 'post'>;
export type ImportReport = components['schemas']['ProspectImportReport'];
export type ImportResult = components['schemas']['ProspectImportResult'];
