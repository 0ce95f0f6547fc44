import type { Deps } from '../../../kernel/app/context.ts';
import { SHORT_QUERY, type SearchContribution } from '../../../kernel/app/search.ts';
import type { SearchKind } from '../../../contract/search.ts';
import { looksLikePhone, phoneSearchKey } from '../../accounts/index.ts';
import { findWorkspace, visibleOwners } from '../../identity/index.ts';
import { searchRecords as searchRows, type SearchRow } from '../db/search-repo.ts';
import {
  isWholeEmail,
  likePatterns,
  normaliseQuery,
  prefixWords,
  wordMatch,
} from '../domain/search-query.ts';

export interface SearchInput {
  q: string;
  /** The kinds asked for; null: every kind. */
  kinds: readonly SearchKind[] | null;
  limit: number;
  /** Every module's contribution (the server's module list). */
  parts: ReadonlyArray<SearchContribution>;
}

/**
 * The records the actor may see that match the query, best first (ADR 031). One statement, and a
 * second before it only when the query reads as a phone number: local numbers are read in the
 * workspace's country, as the accounts module stores them.
 */
export async function searchRecords(input: SearchInput, { actor, tx }: Deps): Promise<SearchRow[]> {
  const text = normaliseQuery(input.q);
  const parts = input.kinds
    ? input.parts.filter((part) => input.kinds!.includes(part.kind))
    : input.parts;
  const phoneLike = looksLikePhone(text);
  const country = phoneLike
    ? ((await findWorkspace(tx, actor.workspaceId))?.settings.defaultCountry ?? null)
    : null;
  return searchRows(tx, parts, {
    workspaceId: actor.workspaceId,
    text,
    ...likePatterns(text),
    words: prefixWords(text),
    wordMatch: wordMatch(text),
    wholeEmail: isWholeEmail(text),
    phone: phoneLike ? phoneSearchKey(text, country) : null,
    visible: visibleOwners(actor),
    limit: input.limit,
    short: text.length < SHORT_QUERY,
  });
}
