import { sql, type SQL } from 'drizzle-orm';
import {
  bestFirst,
  textMatches,
  textRank,
  type SearchContribution,
  type SearchTerms,
} from '../../../kernel/db/search-sql.ts';
import { companies, contacts, nameAndEmail, nameWords } from './schema.ts';

/** A contact found through its company ranks half a tier below the company itself. */
const THROUGH_COMPANY = 0.5;

/** The e-mail or the phone typed in full: as good as the whole name. */
function contactPoints(table: typeof companies | typeof contacts, terms: SearchTerms): SQL[] {
  const exact = [sql`${table.email} = ${terms.text}`];
  if (terms.phone) exact.push(sql`${table.phone} = ${terms.phone}`);
  return exact;
}

function matches(table: typeof companies | typeof contacts, terms: SearchTerms): SQL {
  const points = contactPoints(table, terms);
  return textMatches(table.name, nameAndEmail(table), nameWords(table), terms, points);
}

function andVisible(table: typeof companies | typeof contacts, terms: SearchTerms): SQL {
  const visible = terms.visible(table.ownerId);
  return visible ? sql`and ${visible}` : sql``;
}

/** Companies by name, e-mail or phone (ADR 031). */
export const companySearch: SearchContribution = {
  kind: 'company',
  select(terms) {
    const rank = textRank(
      companies.name,
      nameWords(companies),
      terms,
      contactPoints(companies, terms),
    );
    return sql`select 'company' as kind, ${companies.id} as id, ${companies.name} as title,
        concat_ws(' · ', ${companies.city}, coalesce(${companies.email}, ${companies.phone})) as subtitle,
        ${rank} as rank
      from ${companies}
      where ${companies.workspaceId} = ${terms.workspaceId}
        and ${matches(companies, terms)} ${andVisible(companies, terms)}
      ${bestFirst(companies.name, terms)} limit ${terms.limit}`;
  },
};

/** Contacts by name, e-mail or phone, and the contacts of companies found by name (ADR 031). */
export const contactSearch: SearchContribution = {
  kind: 'contact',
  select(terms) {
    const rank = textRank(
      contacts.name,
      nameWords(contacts),
      terms,
      contactPoints(contacts, terms),
    );
    const byContact = sql`select ${contacts.id} as id, ${rank} as rank
      from ${contacts}
      where ${contacts.workspaceId} = ${terms.workspaceId}
        and ${matches(contacts, terms)} ${andVisible(contacts, terms)}
      ${bestFirst(contacts.name, terms)} limit ${terms.limit}`;
    // The company's e-mail typed in full finds its contacts too (a whole e-mail matches only so).
    const companyEmail = [sql`${companies.email} = ${terms.text}`];
    // The best companies first, then their contacts: ranking a company once, not once per
    // contact, and reading the contacts of at most `limit` companies (as deals do, ADR 031).
    const byCompany = sql`select ${contacts.id} as id, best_company.rank - ${THROUGH_COMPANY} as rank
      from (select ${companies.id} as id,
          ${textRank(companies.name, nameWords(companies), terms, companyEmail)} as rank
        from ${companies}
        where ${companies.workspaceId} = ${terms.workspaceId}
          and ${textMatches(companies.name, nameAndEmail(companies), nameWords(companies), terms, companyEmail)}
        ${bestFirst(companies.name, terms)} limit ${terms.limit}) as best_company
      join ${contacts} on ${contacts.workspaceId} = ${terms.workspaceId}
        and ${contacts.companyId} = best_company.id
      where true ${andVisible(contacts, terms)}
      order by rank desc limit ${terms.limit}`;
    return sql`select 'contact' as kind, ${contacts.id} as id, ${contacts.name} as title,
        concat_ws(' · ', ${companies.name}, coalesce(${contacts.email}, ${contacts.phone})) as subtitle,
        found.rank
      from (select id, max(rank) as rank from ((${byContact}) union all (${byCompany})) as matched
        group by id) as found
      join ${contacts} on ${contacts.workspaceId} = ${terms.workspaceId} and ${contacts.id} = found.id
      left join ${companies} on ${companies.workspaceId} = ${contacts.workspaceId}
        and ${companies.id} = ${contacts.companyId}
      order by found.rank desc limit ${terms.limit}`;
  },
};
