// The global search's parts as the server's module list carries them (ADR 031); the SQL helpers
// they are written with live in the db layer (../db/search-sql.ts).
export { SHORT_QUERY, type SearchContribution, type SearchTerms } from '../db/search-sql.ts';
