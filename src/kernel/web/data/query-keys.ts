/**
 * Query keys are built only by each module's key factory (`keys.ts`; lint refuses a literal
 * key anywhere else), so a write can name exactly what it changed. A factory starts from
 * {@link recordKeys} — `[root]` ⊃ `[root, 'list', …]` and `[root, 'detail', id]` — and adds its
 * own views under the same root.
 */
export function recordKeys<Root extends string>(root: Root) {
  return {
    /** Everything of this kind (lists, details and views). */
    all: [root] as const,
    /** Every list of this kind, whatever its filters. */
    lists: [root, 'list'] as const,
    list: <Params>(params: Params) => [root, 'list', params] as const,
    /** One record. */
    detail: (id: string) => [root, 'detail', id] as const,
    /** A view of this kind that is neither a list nor one record (a board, a load panel). */
    view: <Parts extends readonly unknown[]>(name: string, ...parts: Parts) =>
      [root, name, ...parts] as const,
  };
}
