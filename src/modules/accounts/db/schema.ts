import { sql } from 'drizzle-orm';
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
