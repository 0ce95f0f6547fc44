import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';

/** Companies and contacts: lists and cards. */
const companies = createRoute({
  getParentRoute: () => appFrame,
  path: '/companies',
  component: lazyRouteComponent(() => import('./companies/companies-page.tsx'), 'CompaniesPage'),
});
const company = createRoute({
  getParentRoute: () => appFrame,
  path: '/companies/$companyId',
  component: lazyRouteComponent(
    () => import('./companies/company-detail-page.tsx'),
    'CompanyDetailPage',
  ),
});
const contacts = createRoute({
  getParentRoute: () => appFrame,
  path: '/contacts',
  component: lazyRouteComponent(() => import('./contacts/contacts-page.tsx'), 'ContactsPage'),
});
const contact = createRoute({
  getParentRoute: () => appFrame,
  path: '/contacts/$contactId',
  component: lazyRouteComponent(
    () => import('./contacts/contact-detail-page.tsx'),
    'ContactDetailPage',
  ),
});
const pagesRoutes = [companies, company, contacts, contact] as const;

const accountsNav: readonly NavEntry[] = [
  { to: '/companies', label: 'nav.companies', order: 70 },
  { to: '/contacts', label: 'nav.contacts', order: 80 },
];

/** What the accounts module gives the web app (listed in src/web/modules.ts). */
export const accountsWeb = {
  name: 'accounts',
  pages: pagesRoutes,
  nav: accountsNav,
} satisfies WebModule;
