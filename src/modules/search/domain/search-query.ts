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

/** The query's words: its runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
