/**
 * The paging of the API's cursor lists, for `infiniteQueryOptions({ ...cursorPages, … })`: the
 * first page without a cursor, then the next while the server gives one.
 */
export const cursorPages = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last: { nextCursor?: string | null }) => last.nextCursor ?? undefined,
};
