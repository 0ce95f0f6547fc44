import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

/** A person of the workspace as the API returns them (from the generated schema). */
export type User = components['schemas']['User'];
/** The workspace's own settings. */
export type Workspace = components['schemas']['Workspace'];
/** What the inviting workspace knows of an invitation: the e-mail it typed and the state. */
export type Invitation = components['schemas']['Invitation'];
/** An invitation the workspace sent, with the terms it offers (admins). */
export type WorkspaceInvitation = components['schemas']['WorkspaceInvitation'];
/** One of the signed-in person's own invitations. */
export type ReceivedInvitation = components['schemas']['ReceivedInvitation'];
