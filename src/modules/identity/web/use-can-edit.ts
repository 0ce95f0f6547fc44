import { useQuery } from '@tanstack/react-query';
import { scopeReaches } from '../../../contract/roles.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { allUsersQuery } from './api/all-users-query.ts';

/**
 * Whether the signed-in person may change a record with this owner, by the workspace's
 * `permissions` (docs/permissions.md), so a page disables what the server would refuse.
 */
export function useCanEdit(): (ownerId: string | null) => boolean {
  const me = useMe();
  const users = useQuery(allUsersQuery);
  const { role, id, teamId } = me.user;
  return (ownerId) => {
    if (role === 'admin') return true;
    const scope = me.workspace.settings.permissions[role].edit;
    const owner = ownerId ? (users.data?.find((u) => u.id === ownerId) ?? null) : null;
    // An owner not (yet) loaded: let the server decide rather than disable by guess.
    if (ownerId && !owner) return true;
    return scopeReaches(scope, { id, teamId }, owner && { id: owner.id, teamId: owner.teamId });
  };
}
