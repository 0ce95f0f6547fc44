/**
 * What the global search finds (`GET /search?kinds=`). A module that adds a kind lists it here and
 * offers its contribution on its ServerModule (ADR 031); the search module composes them.
 */
export const SEARCH_KINDS = ['deal', 'company', 'contact', 'lead'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The longest query the search accepts (longer is a 400). */
export const SEARCH_QUERY_MAX = 100;
/** The most results one search returns, and the default. */
export const SEARCH_LIMIT_MAX = 50;
export const SEARCH_LIMIT_DEFAULT = 20;
