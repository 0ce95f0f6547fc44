export { leadFiltersFrom } from './lead-filters-search.ts';
export { type LeadFilters } from './leads-api.ts';
export { leadsWeb } from './routes.tsx';
