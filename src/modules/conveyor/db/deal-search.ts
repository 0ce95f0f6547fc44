import { sql } from 'drizzle-orm';
import { companies, nameAndEmail, nameWords } from '../../accounts/index.ts';
import {
  bestFirst,
  lowered,
  textMatches,
  textRank,
  wordsOf,
  type SearchContribution,
  type SearchTerms,
} from '../../../kernel/db/search-sql.ts';
import { deals, stages } from './schema.ts';

/** A deal found through its company ranks half a tier below the company itself. */
const THROUGH_COMPANY = 0.5;

const andVisible = (terms: SearchTerms) => {
  const visible = terms.visible(deals.ownerId);
  return visible ? sql`and ${visible}` : sql``;
};

/** Deals by their title, and the deals of companies found by name or e-mail (ADR 031). */
export const dealSearch: SearchContribution = {
  kind: 'deal',
  select(terms) {
    const words = wordsOf(deals.title);
    const companyWords = nameWords(companies);
    // The company's e-mail typed in full finds its deals too (a whole e-mail matches only so).
    const companyEmail = [sql`${companies.email} = ${terms.text}`];
    const byTitle = sql`select ${deals.id} as id, ${textRank(deals.title, words, terms)} as rank
      from ${deals}
      where ${deals.workspaceId} = ${terms.workspaceId}
        and ${textMatches(deals.title, lowered(deals.title), words, terms)} ${andVisible(terms)}
      ${bestFirst(deals.title, terms)} limit ${terms.limit}`;
    // The best companies first, then their deals: ranking a company once, not once per deal,
    // and reading the deals of at most `limit` companies (a name shared by a hundred companies
    // has thousands of deals). A deal ranks by its company, so the best deals are theirs.
    const byCompany = sql`select ${deals.id} as id, best_company.rank - ${THROUGH_COMPANY} as rank
      from (select ${companies.id} as id,
          ${textRank(companies.name, companyWords, terms, companyEmail)} as rank
        from ${companies}
        where ${companies.workspaceId} = ${terms.workspaceId}
          and ${textMatches(companies.name, nameAndEmail(companies), companyWords, terms, companyEmail)}
        ${bestFirst(companies.name, terms)} limit ${terms.limit}) as best_company
      join ${deals} on ${deals.workspaceId} = ${terms.workspaceId}
        and ${deals.companyId} = best_company.id
      where true ${andVisible(terms)}
      order by rank desc limit ${terms.limit}`;
    return sql`select 'deal' as kind, ${deals.id} as id, ${deals.title} as title,
        concat_ws(' · ', ${companies.name}, ${stages.name}) as subtitle, found.rank
      from (select id, max(rank) as rank from ((${byTitle}) union all (${byCompany})) as matched
        group by id) as found
      join ${deals} on ${deals.workspaceId} = ${terms.workspaceId} and ${deals.id} = found.id
      join ${stages} on ${stages.workspaceId} = ${deals.workspaceId} and ${stages.id} = ${deals.stageId}
      left join ${companies} on ${companies.workspaceId} = ${deals.workspaceId}
        and ${companies.id} = ${deals.companyId}
      order by found.rank desc limit ${terms.limit}`;
  },
};
