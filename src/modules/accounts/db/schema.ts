import { sql, type AnyColumn } from 'drizzle-orm';
import {
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import { memberships, workspaces } from '../../identity/index.ts';

// Global search (ADR 031): a trigram index over name and e-mail (substrings, typed in any case)
// and a full-text one over the name (words in any order). The search's SQL repeats these
// expressions exactly, so the planner can use the indexes.
type Named = { name: AnyColumn; email: AnyColumn };
/** What a company or contact is found by as a substring: its name and e-mail, lower-cased. */
export const nameAndEmail = (t: Named) => sql`lower(${t.name} || ' ' || coalesce(${t.email}, ''))`;
/** A name in the C collation, lower-cased: a short query reads a range of it in order. */
export const namePrefixKey = (t: { name: AnyColumn }) => sql`(lower(${t.name}) collate "C")`;
/** The words of a name, for the full-text match. */
export const nameWords = (t: { name: AnyColumn }) => sql`to_tsvector('simple', ${t.name})`;

export const companies = pgTable(
  'companies',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    industry: text('industry'),
    city: text('city'),
    country: text('country'),
    ownerId: uuid('owner_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // Duplicates are refused by the use case; these make it race-proof.
    uniqueIndex('companies_email_key')
      .on(t.workspaceId, t.email)
      .where(sql`${t.email} is not null`),
    uniqueIndex('companies_phone_key')
      .on(t.workspaceId, t.phone)
      .where(sql`${t.phone} is not null`),
    index('companies_name_idx').on(t.workspaceId, sql`lower(${t.name})`, t.id),
    index('companies_search_trgm_idx').using('gin', sql`${nameAndEmail(t)} gin_trgm_ops`),
    index('companies_search_words_idx').using('gin', nameWords(t)),
    index('companies_search_prefix_idx').on(t.workspaceId, namePrefixKey(t)),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
    // Composite keys keep every reference inside its own workspace, by construction.
    foreignKey({
      columns: [t.workspaceId, t.ownerId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    jobTitle: text('job_title'),
    companyId: uuid('company_id'),
    ownerId: uuid('owner_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('contacts_email_key')
      .on(t.workspaceId, t.email)
      .where(sql`${t.email} is not null`),
    uniqueIndex('contacts_phone_key')
      .on(t.workspaceId, t.phone)
      .where(sql`${t.phone} is not null`),
    index('contacts_name_idx').on(t.workspaceId, sql`lower(${t.name})`, t.id),
    index('contacts_company_idx').on(t.workspaceId, t.companyId),
    index('contacts_search_trgm_idx').using('gin', sql`${nameAndEmail(t)} gin_trgm_ops`),
    index('contacts_search_words_idx').using('gin', nameWords(t)),
    index('contacts_search_prefix_idx').on(t.workspaceId, namePrefixKey(t)),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
    foreignKey({
      columns: [t.workspaceId, t.companyId],
      foreignColumns: [companies.workspaceId, companies.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.ownerId],
      foreignColumns: [memberships.workspaceId, memberships.userId],
    }),
  ],
);
