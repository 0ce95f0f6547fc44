import type { components, paths } from '../../../../kernel/web/lib/api-schema.gen.ts';
import type { RequestBody } from '../../../../kernel/web/lib/request-body.ts';

// People, teams and the workspace as the API takes and returns them (from the generated schema).

export type User = components['schemas']['User'];
export type Workspace = components['schemas']['Workspace'];
export type NewUser = RequestBody<paths['/api/v1/users']['post']>;
export type WorkspaceChanges = RequestBody<paths['/api/v1/workspaces/{id}']['patch']>;
export type SetupBody = RequestBody<paths['/api/v1/setup']['post']>;
export type Credentials = RequestBody<paths['/api/v1/auth/login']['post']>;
