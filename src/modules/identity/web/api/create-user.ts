import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Invitation, User } from './types.ts';

export type NewUser = RequestBody<'/api/v1/users', 'post'>;

/** A new e-mail creates the user; the e-mail of an existing account invites it (ADR 026). */
export type UserAdded =
  { kind: 'created'; user: User } | { kind: 'invited'; invitation: Invitation };

/** `POST /users`: an admin adds someone to the workspace (201) or invites their account (202). */
export async function createUser(body: NewUser): Promise<UserAdded> {
  const answer = await unwrap(api.POST('/api/v1/users', { body }));
  return 'invitation' in answer
    ? { kind: 'invited', invitation: answer.invitation }
    : { kind: 'created', user: answer };
}
