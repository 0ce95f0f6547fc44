import type { Company, Contact } from '../domain/company.ts';

export function presentCompany(c: Company) {
  return {
    id: c.id,
    name: c.name,
    website: c.website,
    email: c.email,
    phone: c.phone,
    industry: c.industry,
    city: c.city,
    country: c.country,
    ownerId: c.ownerId,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

export function presentContact(c: Contact) {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    jobTitle: c.jobTitle,
    companyId: c.companyId,
    ownerId: c.ownerId,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}
