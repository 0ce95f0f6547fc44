/**
 * Whose day is shown: the signed-in user, another person, a whole team, or everyone the viewer
 * may see (managers; the API narrows it to their reach).
 */
export type Scope = { kind: 'user'; id: string } | { kind: 'team'; id: string } | { kind: 'all' };

/** The owner filter of a scope, as the API's `ownerId` or `teamId` (none for everyone). */
export function ownerQuery(scope: Scope): { ownerId?: string; teamId?: string } {
  if (scope.kind === 'all') return {};
  return scope.kind === 'user' ? { ownerId: scope.id } : { teamId: scope.id };
}

/** At most this many pages of 200: a day list longer than that is not a plan anyone can follow. */
const MAX_PAGES = 5;

/** Every page of a My day list, up to {@link MAX_PAGES}. */
export async function everyPage<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await fetchPage(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return items;
}
