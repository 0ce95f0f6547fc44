import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

/** A person of the workspace as the API returns them (from the generated schema). */
export type User = components['schemas']['User'];
/** The workspace's own settings. */
export type Workspace = components['schemas']['Workspace'];
