import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

/** The checklist as the API returns it (from the generated schema). */
export type FirstSteps = components['schemas']['FirstSteps'];
export type FirstStepKey = FirstSteps['steps'][number]['key'];
