import type { components, operations } from '../../../../kernel/web/lib/api-schema.gen.ts';

/** One entry of the audit log as the API returns it (from the generated schema). */
export type AuditEntry = components['schemas']['AuditEntry'];
/** What the log may be narrowed to (GET /audit's query, without the paging). */
export type AuditFilters = Omit<
  NonNullable<operations['listAuditEntries']['parameters']['query']>,
  'limit' | 'cursor'
>;
