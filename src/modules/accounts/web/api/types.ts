import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

/** A company as the API returns it (from the generated schema). */
export type Company = components['schemas']['Company'];
/** A contact as the API returns it. */
export type Contact = components['schemas']['Contact'];
