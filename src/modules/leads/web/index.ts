export { leadFiltersFrom } from './lead-filters-search.ts';
export { type LeadFilters } from './lead-filters-search.ts';
export { leadsWeb } from './routes.tsx';
