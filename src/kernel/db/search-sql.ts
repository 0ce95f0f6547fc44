import { or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { SearchKind } from '../../contract/search.ts';
import type { OwnerFilter } from './owner-filter.ts';

// Global search (ADR 031). Each module contributes one SELECT over its own tables; the search
// module unions them into one statement. These helpers keep matching and ranking the same in
// every contribution, so results of different kinds compare by one rank.

/** A search query, prepared once for every contribution. */
export interface SearchTerms {
  workspaceId: string;
  /** The query lower-cased, trimmed, inner whitespace collapsed. */
  text: string;
  /** `%text%` with LIKE's wildcards escaped: a substring (served by the trigram indexes). */
  contains: string;
  /** `text%`: the name starts with the query. */
  prefix: string;
  /** A to_tsquery of the words, the last as a prefix (`jan & kow:*`); null when there is none. */
  words: string | null;
  /**
   * For two words or more typed with a space between them: they match as words, in any order —
   * the earlier ones whole (`whole`, a to_tsquery), the last as a word's start (`prefix`) — and
   * not as a substring (ADR 031). Null: the query matches as a substring (one word, an e-mail).
   */
  wordMatch: { whole: string; prefix: string } | null;
  /**
   * The query is an e-mail address typed in full: a record matches by `exact` alone (its e-mail
   * equal to it), not as a substring (ADR 031).
   */
  wholeEmail: boolean;
  /** The query as an E.164 number when it reads as a phone number, else null. */
  phone: string | null;
  /** The records the searcher may see (record permissions, ADR 030). */
  visible: OwnerFilter;
  /** The most rows a contribution returns (the composed result is cut to it again). */
  limit: number;
  /**
   * Shorter than a trigram (1–2 characters): nothing for the trigram or word indexes to narrow,
   * so only names that start with it match, read in name order (see {@link namePrefix}).
   */
  short: boolean;
}

/** Queries shorter than this match by name prefix only. */
export const SHORT_QUERY = 3;

/**
 * One module's part of the global search: a SELECT of `kind, id, title, subtitle, rank` (in that
 * order, rank a double, best first) of at most `terms.limit` rows the searcher may see.
 */
export interface SearchContribution {
  kind: SearchKind;
  select(terms: SearchTerms): SQL;
}

type Text = AnyColumn | SQL;

/** The trigram-indexed text of a record: `lower(...)` of what its index was built on. */
export const lowered = (text: Text): SQL => sql`lower(${text})`;

/**
 * A name lower-cased in the C collation: what each kind's prefix index holds, so a short query's
 * `like 'ab%'` is one range of that index and its first rows come out in order (no sort).
 */
export const sortName = (name: Text): SQL => sql`(lower(${name}) collate "C")`;

/** A short query's match: the name starts with it (the prefix index's range). */
export const namePrefix = (name: Text, terms: SearchTerms): SQL =>
  sql`${sortName(name)} like ${terms.prefix}`;

/** A contribution's order before its limit: rank, or for a short query the prefix index's. */
export const bestFirst = (name: Text, terms: SearchTerms): SQL =>
  terms.short ? sql`order by ${sortName(name)}` : sql`order by rank desc`;

/** The full-text vector of a name (the 'simple' configuration: no language's stemming). */
export const wordsOf = (text: Text): SQL => sql`to_tsvector('simple', ${text})`;

/**
 * Whether a record matches: all the query's words are found (two words or more typed with a space,
 * in any order, the last as a word's start), else its trigram-indexed text contains the query; or
 * one of `exact` holds (the e-mail or phone typed in full). A short query matches by the name's
 * prefix alone; an e-mail typed in full by `exact` alone.
 *
 * Words or substring, not both: a substring of several words reads the trigram index's posting
 * lists of every common trigram (`dea`, `eal` in a million "Deal …" titles), which the word
 * match, read as two conditions (the prefix's few matches, then the whole words skipped through),
 * does not. What is lost is a phrase starting inside a word (`eal 73`).
 */
export function textMatches(
  name: Text,
  trigramText: SQL,
  words: SQL | null,
  terms: SearchTerms,
  exact: SQL[] = [],
): SQL {
  if (terms.short) return namePrefix(name, terms);
  if (terms.wholeEmail) return exact.length ? sql`(${or(...exact)!})` : sql`false`;
  const found =
    words && terms.wordMatch
      ? sql`(${words} @@ to_tsquery('simple', ${terms.wordMatch.prefix})
          and ${words} @@ to_tsquery('simple', ${terms.wordMatch.whole}))`
      : sql`${trigramText} like ${terms.contains}`;
  return sql`(${or(found, ...exact)!})`;
}

/**
 * The rank of a matched name: 3 for the whole name, 2 for a name that starts with the query,
 * 1 for every word found (the last as a word's start), else 0; plus the trigram similarity (0–1), which
 * orders within a tier (shorter, closer names first). `exact` adds conditions that count as a
 * whole-name match (the e-mail or phone typed in full).
 */
export function textRank(
  name: Text,
  words: SQL | null,
  terms: SearchTerms,
  exact: SQL[] = [],
): SQL {
  const whole = [sql`lower(${name}) = ${terms.text}`, ...exact];
  const wordTier =
    words && terms.words
      ? sql`when ${words} @@ to_tsquery('simple', ${terms.words}) then 1`
      : sql``;
  return sql`(case when ${or(...whole)} then 3 when lower(${name}) like ${terms.prefix} then 2 ${wordTier} else 0 end
    + similarity(lower(${name}), ${terms.text}))::float8`;
}
