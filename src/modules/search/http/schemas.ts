import { z } from 'zod';
import {
  SEARCH_KINDS,
  SEARCH_LIMIT_DEFAULT,
  SEARCH_LIMIT_MAX,
  SEARCH_QUERY_MAX,
} from '../../../contract/search.ts';
import { Id } from '../../../kernel/http/common-schemas.ts';

const Kind = z.enum(SEARCH_KINDS);

export const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Type something to search for')
    .max(SEARCH_QUERY_MAX)
    .describe('Name or title, e-mail, phone in any format, or a company name'),
  kinds: z
    .string()
    .max(200)
    .transform((s) => s.split(',').map((kind) => kind.trim()))
    .pipe(z.array(Kind).min(1))
    .optional()
    .describe(
      `Comma-separated kinds to search (${SEARCH_KINDS.join(', ')}); every kind when absent`,
    ),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(SEARCH_LIMIT_DEFAULT),
});

export const SearchResultSchema = z
  .object({
    kind: Kind,
    id: Id,
    title: z.string(),
    subtitle: z.string().describe('What tells it apart: its company, stage, e-mail or phone'),
  })
  .meta({ id: 'SearchResult' });

export const SearchAnswerSchema = z
  .object({ items: z.array(SearchResultSchema) })
  .meta({ id: 'SearchAnswer' });
