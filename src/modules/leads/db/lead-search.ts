import { sql } from 'drizzle-orm';
import {
  bestFirst,
  textMatches,
  textRank,
  type SearchContribution,
} from '../../../kernel/db/search-sql.ts';
import { leads, leadSearchText, leadWords } from './schema.ts';

/** Leads by name, company name, e-mail or phone (ADR 031). */
export const leadSearch: SearchContribution = {
  kind: 'lead',
  select(terms) {
    const words = leadWords(leads);
    const exact = [sql`${leads.email} = ${terms.text}`];
    if (terms.phone) exact.push(sql`${leads.phone} = ${terms.phone}`);
    const visible = terms.visible(leads.ownerId);
    return sql`select 'lead' as kind, ${leads.id} as id, ${leads.name} as title,
        concat_ws(' · ', ${leads.companyName}, coalesce(${leads.email}, ${leads.phone})) as subtitle,
        ${textRank(leads.name, words, terms, exact)} as rank
      from ${leads}
      where ${leads.workspaceId} = ${terms.workspaceId}
        and ${textMatches(leads.name, leadSearchText(leads), words, terms, exact)}
        ${visible ? sql`and ${visible}` : sql``}
      ${bestFirst(leads.name, terms)} limit ${terms.limit}`;
  },
};
