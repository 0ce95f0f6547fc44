// The words of a search query, prepared once for every module's contribution (ADR 031).

/** The query as the matching compares it: lower-cased, trimmed, inner whitespace collapsed. */
export function normaliseQuery(q: string): string {
  return q.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** LIKE patterns of the normalised query, its wildcards (`%`, `_`, `\`) escaped. */
export function likePatterns(text: string): { contains: string; prefix: string } {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { contains: `%${escaped}%`, prefix: `${escaped}%` };
}

/**
 * A to_tsquery of the query's words, the last one (still being typed) as a prefix: `jan & kow:*`;
 * null when the query has no letter or digit. Earlier words are whole: a prefix shared by many
 * names (`deal:*` over a million "Deal …" titles) would make the word index read every one.
 * Words keep only letters and digits, so no typed text reaches to_tsquery's syntax.
 */
export function prefixWords(text: string): string | null {
  const words = wordsOf(text);
  return words.length ? `${words.join(' & ')}:*` : null;
}

/**
 * How a query of two words or more, typed with a space between them, matches by words (ADR 031):
 * every earlier word whole (`jan & anna`), and the last as a word's start (`kow:*`), as two
 * conditions. Apart, the word index reads the prefix's few matches and skips through a common
 * whole word's; together in one tsquery the prefix stops that skipping, and a word every record
 * has (`deal` in a million "Deal …" titles) is read whole. Null for one word, or for words not
 * separated by a space (an e-mail, `o'brien`): those match as a substring.
 */
export function wordMatch(text: string): { whole: string; prefix: string } | null {
  const words = wordsOf(text);
  if (!text.includes(' ') || words.length < 2) return null;
  return { whole: words.slice(0, -1).join(' & '), prefix: `${words[words.length - 1]}:*` };
}

/**
 * Whether the query is an e-mail address typed in full (`name@domain.tld`, no space): it then
 * matches the addresses equal to it, on their unique indexes, and not as a substring — which
 * would read the trigram index's lists of every trigram the workspace's addresses share
 * (`@company.`, `.com`), 60+ ms over 500,000 leads (ADR 031).
 */
export function isWholeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/u.test(text);
}

/** The query's words: its runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
